using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>Trees of any depth stored as linked nodes (a negative child is a leaf), for models too deep to pad into <see cref="PerfectForest"/>.</summary>
internal sealed class LinkedForest
{
    private readonly CompiledNode[] _nodes;
    private readonly int[] _children;
    private readonly double[] _leaves;
    private readonly int[] _roots;
    private readonly byte[] _categories;

    public LinkedForest(IReadOnlyList<DecisionTree> trees, ScoringRow layout)
    {
        var nodes = new List<CompiledNode>();
        var children = new List<int>();
        var leaves = new List<double>();
        var categories = new CategorySets();
        _roots = new int[trees.Count];
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            if (tree.Nodes[0].IsLeaf)
            {
                _roots[t] = ~leaves.Count;
                leaves.Add(tree.Nodes[0].Value);
                continue;
            }
            var first = nodes.Count;
            _roots[t] = first;
            var map = new int[tree.Nodes.Count];
            // Splits get consecutive slots in node order; leaves get leaf slots.
            for (var i = 0; i < tree.Nodes.Count; i++)
            {
                if (tree.Nodes[i].IsLeaf)
                {
                    map[i] = ~leaves.Count;
                    leaves.Add(tree.Nodes[i].Value);
                }
                else
                {
                    map[i] = nodes.Count;
                    nodes.Add(layout.Compile(tree.Nodes[i], categories));
                    children.Add(0);
                    children.Add(0);
                }
            }
            for (var i = 0; i < tree.Nodes.Count; i++)
            {
                if (!tree.Nodes[i].IsLeaf)
                {
                    children[2 * map[i]] = map[tree.Nodes[i].Left];
                    children[2 * map[i] + 1] = map[tree.Nodes[i].Right];
                }
            }
        }
        _nodes = nodes.ToArray();
        _children = children.ToArray();
        _leaves = leaves.ToArray();
        _categories = categories.Bytes;
        HasCategorical = categories.Any;
    }

    public bool HasCategorical { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Score<TStep>(int tree, ref float row)
        where TStep : struct, INodeStep
    {
        ref var sets = ref MemoryMarshal.GetArrayDataReference(_categories);
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var children = ref MemoryMarshal.GetArrayDataReference(_children);
        var index = _roots[tree];
        while (index >= 0)
        {
            ref var node = ref Unsafe.Add(ref nodes, index);
            index = Unsafe.Add(ref children, 2 * index + 1 - TStep.Left(ref node, ref row, ref sets));
        }
        return _leaves[~index];
    }
}
