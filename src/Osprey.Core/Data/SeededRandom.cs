namespace Osprey.Core.Data;

/// <summary>A small, fast, seedable generator (xoshiro256**) whose sequence is the same on every platform and .NET version.</summary>
public sealed class SeededRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator whose whole sequence is fixed by the seed.</summary>
    public SeededRandom(long seed)
    {
        var state = unchecked((ulong)seed);
        _s0 = SplitMix(ref state);
        _s1 = SplitMix(ref state);
        _s2 = SplitMix(ref state);
        _s3 = SplitMix(ref state);
    }

    /// <summary>Returns the next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Returns a double uniformly distributed in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns an integer uniformly distributed in [0, <paramref name="bound"/>) without modulo bias.</summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var range = (ulong)bound;
        var product = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = (0UL - range) % range;
            while (low < threshold)
            {
                product = Math.BigMul(NextUInt64(), range, out low);
            }
        }
        return (int)product;
    }

    /// <summary>Returns a standard normal variate (Box-Muller).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Shuffles the span in place (Fisher-Yates).</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>Derives an independent generator for a numbered stream (a tree, a fold) so results do not depend on call order.</summary>
    public static SeededRandom ForStream(long seed, long stream) => new(unchecked(seed * 0x5851F42D4C957F2D + stream * 0x14057B7EF767814F + 1));

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
