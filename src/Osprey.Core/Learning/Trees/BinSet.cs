namespace Osprey.Core.Learning.Trees;

/// <summary>A set of bin indices 0..255 as four 64-bit words: the bins a split sends to its left child.</summary>
internal struct BinSet
{
    private ulong _w0;
    private ulong _w1;
    private ulong _w2;
    private ulong _w3;

    public readonly bool Contains(int bin) => (bin >> 6) switch
    {
        0 => (_w0 >> bin & 1) != 0,
        1 => (_w1 >> (bin & 63) & 1) != 0,
        2 => (_w2 >> (bin & 63) & 1) != 0,
        _ => (_w3 >> (bin & 63) & 1) != 0,
    };

    public void Add(int bin)
    {
        var bit = 1UL << (bin & 63);
        switch (bin >> 6)
        {
            case 0: _w0 |= bit; break;
            case 1: _w1 |= bit; break;
            case 2: _w2 |= bit; break;
            default: _w3 |= bit; break;
        }
    }

    /// <summary>Writes the set as 256 bytes of 0/1, the form the partition loop indexes directly.</summary>
    public readonly void ToTable(Span<byte> table)
    {
        for (var bin = 0; bin < 256; bin++)
        {
            table[bin] = Contains(bin) ? (byte)1 : (byte)0;
        }
    }
}
