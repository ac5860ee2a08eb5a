using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>Trees padded to one fixed depth and stored as implicit binary heaps, so scoring walks exactly <see cref="Depth"/> steps with no branches on the path.</summary>
internal sealed class PerfectForest
{
    /// <summary>Deeper trees would need too much padding; they use <see cref="LinkedForest"/>.</summary>
    public const int MaxDepth = 10;

    private readonly CompiledNode[] _nodes;
    private readonly double[] _leaves;
    private readonly uint[] _categories;
    private readonly int _internalCount;
    private readonly int _leafCount;

    public PerfectForest(IReadOnlyList<DecisionTree> trees, int depth, ScoringRow layout)
    {
        Depth = depth;
        _internalCount = (1 << depth) - 1;
        _leafCount = 1 << depth;
        _nodes = new CompiledNode[trees.Count * _internalCount];
        _leaves = new double[trees.Count * _leafCount];
        var categories = new CategorySets();
        for (var t = 0; t < trees.Count; t++)
        {
            Fill(new FillTarget(trees[t], t, categories, layout), 0, 0, 0);
        }
        _categories = categories.Words;
        HasCategorical = categories.Any;
    }

    public int Depth { get; }

    public bool HasCategorical { get; }

    /// <summary>Returns the value of the leaf that a row (in <see cref="ScoringRow"/> form) reaches in one tree.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Score<TStep>(int tree, ref float row)
        where TStep : struct, INodeStep
    {
        ref var nodes = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_nodes), tree * _internalCount);
        ref var sets = ref MemoryMarshal.GetArrayDataReference(_categories);
        nint index = 0;
        for (var d = 0; d < Depth; d++)
        {
            index = 2 * index + 2 - TStep.Left(ref Unsafe.Add(ref nodes, index), ref row, ref sets);
        }
        return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_leaves), tree * _leafCount + (int)index - _internalCount);
    }

    /// <summary>Writes one tree's leaf values for a block of rows; the walks advance one level at a time across all rows, so they overlap freely.</summary>
    public void ScoreBlock<TStep>(int tree, ref float block, int rows, int width, Span<int> positions, Span<double> sums)
        where TStep : struct, INodeStep
    {
        ref var nodes = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_nodes), tree * _internalCount);
        ref var sets = ref MemoryMarshal.GetArrayDataReference(_categories);
        ref var index = ref MemoryMarshal.GetReference(positions);
        positions[..rows].Clear();
        for (var d = 0; d < Depth; d++)
        {
            ref var row = ref block;
            for (var r = 0; r < rows; r++)
            {
                ref var i = ref Unsafe.Add(ref index, r);
                i = 2 * i + 2 - TStep.Left(ref Unsafe.Add(ref nodes, i), ref row, ref sets);
                row = ref Unsafe.Add(ref row, width);
            }
        }
        ref var leaves = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_leaves), tree * _leafCount - _internalCount);
        for (var r = 0; r < rows; r++)
        {
            sums[r] = Unsafe.Add(ref leaves, Unsafe.Add(ref index, r));
        }
    }

    private void Fill(in FillTarget target, int source, int position, int depth)
    {
        var node = target.Tree.Nodes[source];
        if (depth == Depth)
        {
            _leaves[target.Index * _leafCount + position - _internalCount] = node.Value;
            return;
        }
        var slot = target.Index * _internalCount + position;
        _nodes[slot] = node.IsLeaf ? CompiledNode.AlwaysLeft : target.Layout.Compile(node, target.Categories);
        Fill(target, node.IsLeaf ? source : node.Left, 2 * position + 1, depth + 1);
        Fill(target, node.IsLeaf ? source : node.Right, 2 * position + 2, depth + 1);
    }

    private readonly record struct FillTarget(DecisionTree Tree, int Index, CategorySets Categories, ScoringRow Layout);
}
