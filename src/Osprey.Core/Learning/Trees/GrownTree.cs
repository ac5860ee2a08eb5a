namespace Osprey.Core.Learning.Trees;

/// <summary>A tree fresh from training: its raw-value form, the bins each split sends left (for binned prediction) and which training rows ended in which leaf.</summary>
internal sealed class GrownTree(DecisionTree tree, byte[][] leftBins, LeafRange[] leaves)
{
    public DecisionTree Tree { get; } = tree;

    /// <summary>Gets, per node, a 256-entry 0/1 table of the bins that go left (empty for leaves).</summary>
    public byte[][] LeftBins { get; } = leftBins;

    /// <summary>Gets the training rows of each leaf as ranges of the grower's row array.</summary>
    public LeafRange[] Leaves { get; } = leaves;

    /// <summary>Returns the leaf value for one row of binned data.</summary>
    public double PredictBinned(BinnedMatrix data, int row)
    {
        var nodes = Tree.Nodes;
        var index = 0;
        var node = nodes[0];
        while (!node.IsLeaf)
        {
            index = LeftBins[index][data.Bin(row, node.Feature)] != 0 ? node.Left : node.Right;
            node = nodes[index];
        }
        return node.Value;
    }
}
