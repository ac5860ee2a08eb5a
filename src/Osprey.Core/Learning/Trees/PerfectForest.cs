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
    private readonly byte[] _categories;
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
        _categories = categories.Bytes;
        HasCategorical = categories.Any;
    }

    public int Depth { get; }

    /// <summary>Gets the splits, tree after tree, each tree a heap of <c>2^Depth - 1</c> nodes.</summary>
    public ReadOnlySpan<CompiledNode> Nodes => _nodes;

    /// <summary>Gets the leaf values, tree after tree, <c>2^Depth</c> per tree.</summary>
    public double[] Leaves => _leaves;

    /// <summary>Gets the pool of wide category tables that categorical splits point into.</summary>
    public ReadOnlySpan<byte> CategoryTables => _categories;

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

    /// <summary>Returns the summed leaf values of eight consecutive trees for one row; the eight walks interleave so their loads overlap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Score8<TStep>(int firstTree, ref float row)
        where TStep : struct, INodeStep
    {
        var n = _internalCount;
        ref var n0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_nodes), firstTree * n);
        ref var n4 = ref Unsafe.Add(ref n0, 4 * n);
        ref var sets = ref MemoryMarshal.GetArrayDataReference(_categories);
        nint i0 = 0, i1 = n, i2 = 2 * n, i3 = 3 * n, i4 = 0, i5 = n, i6 = 2 * n, i7 = 3 * n;
        nint o1 = n, o2 = 2 * n, o3 = 3 * n;
        for (var d = 0; d < Depth; d++)
        {
            i0 = 2 * i0 + 2 - TStep.Left(ref Unsafe.Add(ref n0, i0), ref row, ref sets);
            i1 = 2 * (i1 - o1) + 2 + o1 - TStep.Left(ref Unsafe.Add(ref n0, i1), ref row, ref sets);
            i2 = 2 * (i2 - o2) + 2 + o2 - TStep.Left(ref Unsafe.Add(ref n0, i2), ref row, ref sets);
            i3 = 2 * (i3 - o3) + 2 + o3 - TStep.Left(ref Unsafe.Add(ref n0, i3), ref row, ref sets);
            i4 = 2 * i4 + 2 - TStep.Left(ref Unsafe.Add(ref n4, i4), ref row, ref sets);
            i5 = 2 * (i5 - o1) + 2 + o1 - TStep.Left(ref Unsafe.Add(ref n4, i5), ref row, ref sets);
            i6 = 2 * (i6 - o2) + 2 + o2 - TStep.Left(ref Unsafe.Add(ref n4, i6), ref row, ref sets);
            i7 = 2 * (i7 - o3) + 2 + o3 - TStep.Left(ref Unsafe.Add(ref n4, i7), ref row, ref sets);
        }
        ref var leaves = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_leaves), firstTree * _leafCount - _internalCount);
        var l = _leafCount;
        return Unsafe.Add(ref leaves, i0) + Unsafe.Add(ref leaves, l + i1 - o1) + Unsafe.Add(ref leaves, 2 * l + i2 - o2) + Unsafe.Add(ref leaves, 3 * l + i3 - o3)
            + Unsafe.Add(ref leaves, 4 * l + i4) + Unsafe.Add(ref leaves, 5 * l + i5 - o1) + Unsafe.Add(ref leaves, 6 * l + i6 - o2) + Unsafe.Add(ref leaves, 7 * l + i7 - o3);
    }

    /// <summary>Writes the leaf values of two consecutive trees for a block of rows; two trees × four rows give eight independent walks to overlap.</summary>
    public void ScoreBlockPair<TStep>(int tree, ref float block, int rows, int width, Span<double> first, Span<double> second)
        where TStep : struct, INodeStep
    {
        ref var a = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_nodes), tree * _internalCount);
        ref var b = ref Unsafe.Add(ref a, _internalCount);
        ref var sets = ref MemoryMarshal.GetArrayDataReference(_categories);
        ref var leavesA = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_leaves), tree * _leafCount - _internalCount);
        ref var leavesB = ref Unsafe.Add(ref leavesA, _leafCount);
        var r = 0;
        for (; r + 4 <= rows; r += 4)
        {
            ref var row0 = ref Unsafe.Add(ref block, r * width);
            ref var row1 = ref Unsafe.Add(ref row0, width);
            ref var row2 = ref Unsafe.Add(ref row1, width);
            ref var row3 = ref Unsafe.Add(ref row2, width);
            nint a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
            for (var d = 0; d < Depth; d++)
            {
                a0 = 2 * a0 + 2 - TStep.Left(ref Unsafe.Add(ref a, a0), ref row0, ref sets);
                b0 = 2 * b0 + 2 - TStep.Left(ref Unsafe.Add(ref b, b0), ref row0, ref sets);
                a1 = 2 * a1 + 2 - TStep.Left(ref Unsafe.Add(ref a, a1), ref row1, ref sets);
                b1 = 2 * b1 + 2 - TStep.Left(ref Unsafe.Add(ref b, b1), ref row1, ref sets);
                a2 = 2 * a2 + 2 - TStep.Left(ref Unsafe.Add(ref a, a2), ref row2, ref sets);
                b2 = 2 * b2 + 2 - TStep.Left(ref Unsafe.Add(ref b, b2), ref row2, ref sets);
                a3 = 2 * a3 + 2 - TStep.Left(ref Unsafe.Add(ref a, a3), ref row3, ref sets);
                b3 = 2 * b3 + 2 - TStep.Left(ref Unsafe.Add(ref b, b3), ref row3, ref sets);
            }
            first[r] = Unsafe.Add(ref leavesA, a0);
            first[r + 1] = Unsafe.Add(ref leavesA, a1);
            first[r + 2] = Unsafe.Add(ref leavesA, a2);
            first[r + 3] = Unsafe.Add(ref leavesA, a3);
            second[r] = Unsafe.Add(ref leavesB, b0);
            second[r + 1] = Unsafe.Add(ref leavesB, b1);
            second[r + 2] = Unsafe.Add(ref leavesB, b2);
            second[r + 3] = Unsafe.Add(ref leavesB, b3);
        }
        for (; r < rows; r++)
        {
            first[r] = Score<TStep>(tree, ref Unsafe.Add(ref block, r * width));
            second[r] = Score<TStep>(tree + 1, ref Unsafe.Add(ref block, r * width));
        }
    }

    /// <summary>Writes one tree's leaf values for a block of rows, four rows' walks interleaved.</summary>
    public void ScoreBlock<TStep>(int tree, ref float block, int rows, int width, Span<double> sums)
        where TStep : struct, INodeStep
    {
        ref var nodes = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_nodes), tree * _internalCount);
        ref var sets = ref MemoryMarshal.GetArrayDataReference(_categories);
        ref var leaves = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_leaves), tree * _leafCount - _internalCount);
        var r = 0;
        for (; r + 4 <= rows; r += 4)
        {
            ref var row0 = ref Unsafe.Add(ref block, r * width);
            ref var row1 = ref Unsafe.Add(ref row0, width);
            ref var row2 = ref Unsafe.Add(ref row1, width);
            ref var row3 = ref Unsafe.Add(ref row2, width);
            nint i0 = 0, i1 = 0, i2 = 0, i3 = 0;
            for (var d = 0; d < Depth; d++)
            {
                i0 = 2 * i0 + 2 - TStep.Left(ref Unsafe.Add(ref nodes, i0), ref row0, ref sets);
                i1 = 2 * i1 + 2 - TStep.Left(ref Unsafe.Add(ref nodes, i1), ref row1, ref sets);
                i2 = 2 * i2 + 2 - TStep.Left(ref Unsafe.Add(ref nodes, i2), ref row2, ref sets);
                i3 = 2 * i3 + 2 - TStep.Left(ref Unsafe.Add(ref nodes, i3), ref row3, ref sets);
            }
            sums[r] = Unsafe.Add(ref leaves, i0);
            sums[r + 1] = Unsafe.Add(ref leaves, i1);
            sums[r + 2] = Unsafe.Add(ref leaves, i2);
            sums[r + 3] = Unsafe.Add(ref leaves, i3);
        }
        for (; r < rows; r++)
        {
            sums[r] = Score<TStep>(tree, ref Unsafe.Add(ref block, r * width));
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
