namespace Osprey.Core.Serving.Metrics;

/// <summary>Counts observations into fixed buckets and keeps their sum; observing is lock-free and allocates nothing.</summary>
public sealed class Histogram : IMetricChild
{
    private readonly double[] _bounds;
    private readonly long[] _counts;
    private long _sumBits;

    /// <summary>Creates a histogram over ascending upper bounds (the <c>+Inf</c> bucket is implied).</summary>
    public Histogram(double[] bounds)
    {
        _bounds = bounds;
        _counts = new long[bounds.Length + 1];
    }

    /// <summary>Gets the number of observations.</summary>
    public long Count
    {
        get
        {
            long total = 0;
            for (var i = 0; i < _counts.Length; i++)
            {
                total += Volatile.Read(ref _counts[i]);
            }
            return total;
        }
    }

    /// <summary>Gets the sum of the observations.</summary>
    public double Sum => BitConverter.Int64BitsToDouble(Volatile.Read(ref _sumBits));

    /// <summary>Records one observation.</summary>
    public void Observe(double value)
    {
        var bucket = 0;
        while (bucket < _bounds.Length && value > _bounds[bucket])
        {
            bucket++;
        }
        Interlocked.Increment(ref _counts[bucket]);
        long seen, next;
        do
        {
            seen = Volatile.Read(ref _sumBits);
            next = BitConverter.DoubleToInt64Bits(BitConverter.Int64BitsToDouble(seen) + value);
        }
        while (Interlocked.CompareExchange(ref _sumBits, next, seen) != seen);
    }

    /// <inheritdoc/>
    public void Write(PrometheusTextWriter writer, string name, IReadOnlyList<string> labelNames, IReadOnlyList<string> labelValues)
    {
        long cumulative = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            cumulative += Volatile.Read(ref _counts[i]);
            var bound = i < _bounds.Length ? PrometheusTextWriter.Format(_bounds[i]) : "+Inf";
            writer.Sample(name, "_bucket", labelNames, labelValues, cumulative, "le", bound);
        }
        writer.Sample(name, "_sum", labelNames, labelValues, Sum);
        writer.Sample(name, "_count", labelNames, labelValues, cumulative);
    }
}
