namespace Osprey.Core.Learning.Trees;

/// <summary>
/// The category sets of a compiled forest's categorical splits. Narrow sets (every code, missing and unknown within 64)
/// are inline bits of the node; wide sets are byte tables (1 = left) in one pool, a power of two long so a mask keeps any
/// code inside. Byte 0 of the pool is the empty table that numeric splits point at.
/// </summary>
internal sealed class CategorySets
{
    private readonly List<byte> _bytes = [0];

    public byte[] Bytes => _bytes.ToArray();

    public bool Any { get; private set; }

    /// <summary>Returns the node form of a categorical split: inline bits when <paramref name="narrow"/>, otherwise a pooled byte table.</summary>
    public CompiledNode Node(int position, IReadOnlyList<int> leftCodes, int categoryCount, bool missingLeft, bool narrow)
    {
        Any = true;
        if (narrow)
        {
            var bits = 0UL;
            foreach (var code in leftCodes)
            {
                bits |= code < categoryCount ? 1UL << code : 0;
            }
            bits |= missingLeft ? 1UL << categoryCount : 0;
            return new CompiledNode { Threshold = float.NaN, Position = position, Bits = bits };
        }
        var table = new byte[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(categoryCount + 2))];
        foreach (var code in leftCodes)
        {
            if (code < categoryCount)
            {
                table[code] = 1;
            }
        }
        table[categoryCount] = missingLeft ? (byte)1 : (byte)0;
        var offset = _bytes.Count;
        _bytes.AddRange(table);
        return new CompiledNode { Threshold = float.NaN, Position = position, SetOffset = offset, CodeMask = table.Length - 1 };
    }
}
