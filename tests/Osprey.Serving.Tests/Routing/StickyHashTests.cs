using Osprey.Core.Serving.Routing;

namespace Osprey.Serving.Tests.Routing;

public sealed class StickyHashTests
{
    [Fact]
    public void Bucket_SameKey_IsTheSameEveryTime()
    {
        Assert.Equal(StickyHash.Bucket("customer-7590-VHVEG"), StickyHash.Bucket("customer-7590-VHVEG"));
        Assert.NotEqual(StickyHash.Bucket("customer-1"), StickyHash.Bucket("customer-2"));
    }

    [Fact]
    public void Bucket_KnownKey_IsStableAcrossProcesses()
    {
        // Pinned so a change to the hash, which would move every customer between versions, cannot pass unnoticed.
        Assert.Equal(StickyHash.Bucket("a"), StickyHash.Bucket("a".AsSpan()));
        Assert.InRange(StickyHash.Bucket("a"), 0, StickyHash.Buckets - 1);
        Assert.Equal(ExpectedBucketOfA(), StickyHash.Bucket("a"));
    }

    [Fact]
    public void Bucket_ManyKeysAndSequences_SpreadEvenly()
    {
        var keyed = new int[10];
        var sequenced = new int[10];
        for (var i = 0; i < 100_000; i++)
        {
            keyed[StickyHash.Bucket($"customer-{i}") / 1000]++;
            sequenced[StickyHash.Bucket((ulong)i) / 1000]++;
        }

        // Each tenth expects 10,000 with a standard deviation near 95.
        Assert.All(keyed, count => Assert.InRange(count, 9_500, 10_500));
        Assert.All(sequenced, count => Assert.InRange(count, 9_500, 10_500));
    }

    private static int ExpectedBucketOfA()
    {
        var basis = 14695981039346656037UL;
        var hash = unchecked((basis ^ 'a') * 1099511628211UL);
        hash = unchecked((hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL);
        hash = unchecked((hash ^ (hash >> 27)) * 0x94D049BB133111EBUL);
        return (int)((hash ^ (hash >> 31)) % 10_000);
    }
}
