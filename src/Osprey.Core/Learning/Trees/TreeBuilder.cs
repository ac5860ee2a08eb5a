namespace Osprey.Core.Learning.Trees;

/// <summary>Collects the nodes of a tree while it grows and turns them into a <see cref="GrownTree"/>.</summary>
internal sealed class TreeBuilder(BinLayout layout, TreeOptions options, double leafScale)
{
    private readonly List<TreeNode> _nodes = [];
    private readonly List<byte[]> _leftBins = [];
    private readonly List<(int Buffer, int Begin, int End)> _ranges = [];
    private int _leaves;

    /// <summary>Gets whether the leaf limit still allows one more split.</summary>
    public bool MayAddLeaf => options.MaxLeaves <= 0 || _leaves < options.MaxLeaves;

    public int LeafCount => _leaves;

    public int AddLeaf(NodeStatistics stats, int buffer, int begin, int end)
    {
        _nodes.Add(Leaf(stats));
        _leftBins.Add([]);
        _ranges.Add((buffer, begin, end));
        _leaves++;
        return _nodes.Count - 1;
    }

    /// <summary>Turns a leaf into a split with two new leaf children (whose rows are in <paramref name="childBuffer"/>) and returns their indices.</summary>
    public (int Left, int Right) SplitLeaf(int index, SplitCandidate split, byte[] goesLeft, NodeStatistics left, NodeStatistics right, int childBuffer)
    {
        var (_, begin, end) = _ranges[index];
        var leftIndex = AddLeaf(left, childBuffer, begin, begin + left.Count);
        var rightIndex = AddLeaf(right, childBuffer, begin + left.Count, end);
        _leaves--;
        var mapper = layout.Mappers[split.Feature];
        var leaf = _nodes[index];
        _nodes[index] = new TreeNode(
            split.Feature,
            split.IsCategorical ? 0f : mapper.UpperBound(split.ThresholdBin),
            leftIndex,
            rightIndex,
            split.DefaultLeft,
            split.IsCategorical ? LeftCategories(mapper, split.LeftCategories) : null,
            leaf.Value,
            split.Gain,
            leaf.Cover);
        _leftBins[index] = goesLeft;
        return (leftIndex, rightIndex);
    }

    public GrownTree Build()
    {
        var leaves = new List<LeafRange>(_leaves);
        for (var i = 0; i < _nodes.Count; i++)
        {
            if (_nodes[i].IsLeaf)
            {
                leaves.Add(new LeafRange(i, _ranges[i].Buffer, _ranges[i].Begin, _ranges[i].End, _nodes[i].Value));
            }
        }
        return new GrownTree(new DecisionTree(_nodes.ToArray()), _leftBins.ToArray(), leaves.ToArray());
    }

    private TreeNode Leaf(NodeStatistics stats) =>
        TreeNode.Leaf(leafScale * NodeStatistics.Weight(stats.Gradient, stats.Hessian, options.L1, options.L2), stats.Hessian);

    private static int[] LeftCategories(BinMapper mapper, BinSet left)
    {
        var codes = new List<int>();
        for (var code = 0; code < mapper.CategoryCount; code++)
        {
            if (left.Contains(mapper.BinOfCategory(code)))
            {
                codes.Add(code);
            }
        }
        return codes.ToArray();
    }
}
