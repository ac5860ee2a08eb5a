namespace Osprey.Core.Learning.Trees;

/// <summary>An immutable binary decision tree over raw feature values; node 0 is the root.</summary>
public sealed class DecisionTree
{
    /// <summary>Creates a tree; throws <see cref="ErrorCode.InvalidParameter"/> when a child index is out of range or a node is unreachable twice.</summary>
    public DecisionTree(IReadOnlyList<TreeNode> nodes)
    {
        if (nodes.Count == 0)
        {
            throw OspreyException.Invalid("A decision tree needs at least one node.");
        }
        foreach (var node in nodes)
        {
            if (!node.IsLeaf && ((uint)node.Left >= (uint)nodes.Count || (uint)node.Right >= (uint)nodes.Count))
            {
                throw OspreyException.Invalid($"A decision tree node points at child {node.Left} or {node.Right}, but the tree has {nodes.Count} nodes.");
            }
        }
        Nodes = nodes;
    }

    /// <summary>Gets the nodes; node 0 is the root.</summary>
    public IReadOnlyList<TreeNode> Nodes { get; }

    /// <summary>Returns the leaf value reached by one row of raw features (categorical features as codes).</summary>
    public double Predict(ReadOnlySpan<float> features)
    {
        var node = Nodes[0];
        while (!node.IsLeaf)
        {
            node = Nodes[GoesLeft(node, features[node.Feature]) ? node.Left : node.Right];
        }
        return node.Value;
    }

    /// <summary>Returns the depth of the deepest leaf (a single leaf has depth 0).</summary>
    public int Depth() => DepthOf(0);

    private int DepthOf(int index) =>
        Nodes[index].IsLeaf ? 0 : 1 + Math.Max(DepthOf(Nodes[index].Left), DepthOf(Nodes[index].Right));

    internal static bool GoesLeft(TreeNode node, float value)
    {
        if (float.IsNaN(value))
        {
            return node.DefaultLeft;
        }
        if (node.LeftCategories is null)
        {
            return value <= node.Threshold;
        }
        var code = (int)value;
        return code == value && BinarySearch(node.LeftCategories, code);
    }

    private static bool BinarySearch(IReadOnlyList<int> sorted, int code)
    {
        int low = 0, high = sorted.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (sorted[mid] == code)
            {
                return true;
            }
            if (sorted[mid] < code)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return false;
    }
}
