namespace Osprey.Core.Learning.Trees;

/// <summary>The bit sets of all categorical splits of a compiled forest in one array; word 0 is the empty set numeric splits point at.</summary>
internal sealed class CategorySets
{
    private readonly List<uint> _words = [0];

    public uint[] Words => _words.ToArray();

    public bool Any => _words.Count > 1;

    /// <summary>Returns the node form of a split's set: inline bits when <paramref name="narrow"/>, otherwise a pooled set.</summary>
    public CompiledNode Node(int position, IReadOnlyList<int> leftCodes, int categoryCount, bool missingLeft, bool narrow)
    {
        if (!narrow)
        {
            var (offset, mask) = Add(leftCodes, categoryCount, missingLeft);
            return new CompiledNode { Threshold = float.NaN, Position = position, SetOffset = offset, WordMask = mask };
        }
        var bits = 0UL;
        foreach (var code in leftCodes)
        {
            bits |= code < categoryCount ? 1UL << code : 0;
        }
        bits |= missingLeft ? 1UL << categoryCount : 0;
        // Inline sets still mark the forest as categorical; the pool keeps one word so the flag is true.
        _words.Add(0);
        return new CompiledNode { Threshold = float.NaN, Position = position, Bits = bits };
    }

    /// <summary>Stores a split's set (codes going left, plus the missing code when missing goes left) in a power-of-two number of words; returns offset and word mask.</summary>
    public (int Offset, int WordMask) Add(IReadOnlyList<int> leftCodes, int categoryCount, bool missingLeft)
    {
        var needed = (categoryCount + 2 + 31) / 32;
        var words = new uint[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)needed)];
        foreach (var code in leftCodes)
        {
            if (code < categoryCount)
            {
                words[code >> 5] |= 1u << (code & 31);
            }
        }
        if (missingLeft)
        {
            words[categoryCount >> 5] |= 1u << (categoryCount & 31);
        }
        var offset = _words.Count;
        _words.AddRange(words);
        return (offset, words.Length - 1);
    }
}
