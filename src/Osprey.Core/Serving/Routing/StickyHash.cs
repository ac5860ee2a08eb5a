namespace Osprey.Core.Serving.Routing;

/// <summary>Maps a routing key to one of 10,000 buckets, the same in every process and on every machine (unlike <see cref="string.GetHashCode()"/>).</summary>
public static class StickyHash
{
    /// <summary>The number of buckets; a canary share of p percent takes buckets below p × 100.</summary>
    public const int Buckets = 10_000;

    /// <summary>Returns the bucket of a key: FNV-1a over its UTF-16 code units, finished with a 64-bit mixer so near keys spread.</summary>
    public static int Bucket(ReadOnlySpan<char> key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return (int)(Mix(hash) % Buckets);
    }

    /// <summary>Returns a bucket for the n-th request without a key: a well-mixed sequence, uniform over the buckets.</summary>
    public static int Bucket(ulong sequence) => (int)(Mix(sequence * 0x9E3779B97F4A7C15UL) % Buckets);

    // The finaliser of SplitMix64: every input bit affects every output bit.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
