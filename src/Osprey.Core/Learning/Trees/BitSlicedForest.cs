using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Osprey.Core.Learning.Trees;

/// <summary>
/// Scores blocks of 64 rows through a <see cref="PerfectForest"/> with AVX-512, on rows whose values are replaced by byte ranks (<see cref="ThresholdRanks"/>). Every split of a tree is evaluated for all 64
/// rows at once (one bit per row, from one 64-byte column load), then the rows' paths are resolved with 64-bit mask
/// operations level by level. No step waits on a load chosen by the previous step, which is what bounds a node-by-node walk.
/// </summary>
internal sealed class BitSlicedForest
{
    /// <summary>Rows per block: one bit of a 64-bit mask each.</summary>
    public const int BlockRows = 64;

    private const int SetBytes = 64;
    private readonly int _depth;
    private readonly int _internal;
    private readonly int _leafCount;
    private readonly int _treeCount;
    private readonly int[] _offsets;
    private readonly byte[] _thresholds;
    private readonly int[] _setStarts;
    private readonly int[] _setNodes;
    private readonly byte[] _sets;
    private readonly double[] _leaves;

    private BitSlicedForest(PerfectForest forest, ScoringRow row, ThresholdRanks ranks)
    {
        Ranks = ranks;
        _depth = forest.Depth;
        _internal = (1 << _depth) - 1;
        _leafCount = 1 << _depth;
        _leaves = forest.Leaves;
        _treeCount = _leaves.Length / _leafCount;
        var nodes = forest.Nodes;
        _offsets = new int[nodes.Length];
        _thresholds = new byte[nodes.Length];
        _setStarts = new int[_treeCount + 1];
        var setNodes = new List<int>();
        var sets = new List<byte>();
        for (var t = 0; t < _treeCount; t++)
        {
            for (var n = 0; n < _internal; n++)
            {
                var node = nodes[t * _internal + n];
                _offsets[t * _internal + n] = node.Position * BlockRows;
                if (float.IsNaN(node.Threshold))
                {
                    _thresholds[t * _internal + n] = ThresholdRanks.Always;
                    setNodes.Add(n);
                    sets.AddRange(SetBits(node, row, forest.CategoryTables));
                    continue;
                }
                _thresholds[t * _internal + n] = ranks.Threshold(node);
            }
            _setStarts[t + 1] = setNodes.Count;
        }
        _setNodes = setNodes.ToArray();
        _sets = sets.ToArray();
    }

    /// <summary>Gets the ranks that turn raw values into the block's bytes.</summary>
    public ThresholdRanks Ranks { get; }

    /// <summary>Returns the bit-sliced form of a forest, or null without AVX-512 (BW and VBMI) or when a feature has more than 254 thresholds or categories.</summary>
    public static BitSlicedForest? TryCreate(PerfectForest forest, ScoringRow row)
    {
        if (!Avx512BW.IsSupported || !Avx512Vbmi.IsSupported || forest.Depth == 0)
        {
            return null;
        }
        var ranks = ThresholdRanks.TryCreate(forest.Nodes, row);
        return ranks is null ? null : new BitSlicedForest(forest, row, ranks);
    }

    /// <summary>
    /// Adds every tree's leaf value to the margins (64 rows × <paramref name="outputs"/>) of a block laid out column by column:
    /// the rank or code of row-form position p of row r at <c>p × 64 + r</c>. Trees are added in order, as the row-by-row scorer does.
    /// </summary>
    public unsafe void ScoreBlock(byte[] block, Span<double> margins, int outputs, int[] treeOutputs, bool single)
    {
        Span<ulong> masks = stackalloc ulong[_internal];
        Span<ulong> selected = stackalloc ulong[_internal];
        Span<ulong> right = stackalloc ulong[_depth];
        Span<int> leaf = stackalloc int[BlockRows];
        ref var data = ref MemoryMarshal.GetArrayDataReference(block);
        ref var sums = ref MemoryMarshal.GetReference(margins[..(BlockRows * outputs)]);
        fixed (double* leaves = _leaves)
        {
            for (var t = 0; t < _treeCount; t++)
            {
                Compare(t, ref data, masks);
                Resolve(ref MemoryMarshal.GetReference(masks), ref MemoryMarshal.GetReference(selected), right);
                if (outputs == 1)
                {
                    AddLeaves(right, leaves + t * _leafCount, ref sums, single);
                    continue;
                }
                LeafIndices(right, leaf);
                var output = treeOutputs[t];
                for (var r = 0; r < BlockRows; r++)
                {
                    ref var margin = ref Unsafe.Add(ref sums, r * outputs + output);
                    var sum = margin + leaves[t * _leafCount + leaf[r]];
                    margin = single ? (float)sum : sum;
                }
            }
        }
    }

    private void Compare(int tree, ref byte data, Span<ulong> masks)
    {
        ref var offsets = ref _offsets[tree * _internal];
        ref var thresholds = ref _thresholds[tree * _internal];
        for (var n = 0; n < masks.Length; n++)
        {
            var column = Vector512.LoadUnsafe(ref Unsafe.Add(ref data, Unsafe.Add(ref offsets, n)));
            masks[n] = Vector512.LessThanOrEqual(column, Vector512.Create(Unsafe.Add(ref thresholds, n))).ExtractMostSignificantBits();
        }
        for (var s = _setStarts[tree]; s < _setStarts[tree + 1]; s++)
        {
            var n = _setNodes[s];
            masks[n] = Members(Vector512.LoadUnsafe(ref _sets[s * SetBytes]), Vector512.LoadUnsafe(ref Unsafe.Add(ref data, Unsafe.Add(ref offsets, n))));
        }
    }

    /// <summary>Returns the bits of the rows whose category code is in the 256-bit set (held in the low half of <paramref name="set"/>).</summary>
    private static ulong Members(Vector512<byte> set, Vector512<byte> codes)
    {
        var bytes = Avx512Vbmi.PermuteVar64x8(set, codes >>> 3);
        var bits = Avx512Vbmi.PermuteVar64x8(Vector512.Create(0x8040201008040201UL).AsByte(), codes & Vector512.Create((byte)7));
        return ~Vector512.Equals(bytes & bits, Vector512<byte>.Zero).ExtractMostSignificantBits();
    }

    /// <summary>Walks the heap level by level with the rows that reach each node as a mask; records, per level, which rows go right.</summary>
    private void Resolve(ref ulong masks, ref ulong selected, Span<ulong> right)
    {
        selected = ulong.MaxValue;
        nint n = 0;
        for (var d = 0; d < _depth - 1; d++)
        {
            var goesRight = 0UL;
            for (var end = 2 * n + 1; n < end; n++)
            {
                var here = Unsafe.Add(ref selected, n);
                var toRight = here & ~Unsafe.Add(ref masks, n);
                goesRight |= toRight;
                Unsafe.Add(ref selected, 2 * n + 1) = here ^ toRight;
                Unsafe.Add(ref selected, 2 * n + 2) = toRight;
            }
            right[d] = goesRight;
        }
        var lastRight = 0UL;
        for (var end = 2 * n + 1; n < end; n++)
        {
            lastRight |= Unsafe.Add(ref selected, n) & ~Unsafe.Add(ref masks, n);
        }
        right[_depth - 1] = lastRight;
    }

    /// <summary>Returns, for 16 rows of the block, each row's leaf number: its path read as binary, root first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector512<int> LeafIndices(ReadOnlySpan<ulong> right, int group)
    {
        var lanes = Vector512.Create(0u, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        var index = Vector512<uint>.Zero;
        for (var d = 0; d < _depth; d++)
        {
            var bits = Vector512.Create((uint)(right[d] >> (16 * group)));
            index = (index << 1) | (Avx512F.ShiftRightLogicalVariable(bits, lanes) & Vector512<uint>.One);
        }
        return index.AsInt32();
    }

    private void LeafIndices(ReadOnlySpan<ulong> right, Span<int> leaf)
    {
        for (var g = 0; g < BlockRows / 16; g++)
        {
            LeafIndices(right, g).StoreUnsafe(ref leaf[16 * g]);
        }
    }

    /// <summary>Adds one tree's leaf values to 64 single-output margins, four rows per gather.</summary>
    private unsafe void AddLeaves(ReadOnlySpan<ulong> right, double* leaves, ref double sums, bool single)
    {
        for (var g = 0; g < BlockRows / 16; g++)
        {
            var index = LeafIndices(right, g);
            Add(ref Unsafe.Add(ref sums, 16 * g), leaves, index.GetLower().GetLower(), single);
            Add(ref Unsafe.Add(ref sums, 16 * g + 4), leaves, index.GetLower().GetUpper(), single);
            Add(ref Unsafe.Add(ref sums, 16 * g + 8), leaves, index.GetUpper().GetLower(), single);
            Add(ref Unsafe.Add(ref sums, 16 * g + 12), leaves, index.GetUpper().GetUpper(), single);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Add(ref double sums, double* leaves, Vector128<int> index, bool single)
    {
        var sum = Vector256.LoadUnsafe(ref sums) + Avx2.GatherVector256(leaves, index, 8);
        // Rounding each partial sum to float is what XGBoost does and what imported models must reproduce.
        (single ? Avx.ConvertToVector256Double(Avx.ConvertToVector128Single(sum)) : sum).StoreUnsafe(ref sums);
    }

    private static byte[] SetBits(CompiledNode node, ScoringRow row, ReadOnlySpan<byte> tables)
    {
        var bits = new byte[SetBytes];
        var categories = row.CategoryCounts[node.Position % row.FeatureCount];
        for (var code = 0; code < categories + 2; code++)
        {
            var left = row.NarrowSets ? ((node.Bits >> code) & 1) != 0 : tables[node.SetOffset + (code & node.CodeMask)] != 0;
            bits[code >> 3] |= left ? (byte)(1 << (code & 7)) : (byte)0;
        }
        return bits;
    }
}
