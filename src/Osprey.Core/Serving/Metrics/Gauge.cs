namespace Osprey.Core.Serving.Metrics;

/// <summary>A value that goes up and down; updates are lock-free and allocate nothing.</summary>
public sealed class Gauge : IMetricChild
{
    private long _bits;

    /// <summary>Gets the current value.</summary>
    public double Value => BitConverter.Int64BitsToDouble(Volatile.Read(ref _bits));

    /// <summary>Sets the value.</summary>
    public void Set(double value) => Volatile.Write(ref _bits, BitConverter.DoubleToInt64Bits(value));

    /// <summary>Adds to the value (a negative amount subtracts).</summary>
    public void Add(double amount)
    {
        long seen, next;
        do
        {
            seen = Volatile.Read(ref _bits);
            next = BitConverter.DoubleToInt64Bits(BitConverter.Int64BitsToDouble(seen) + amount);
        }
        while (Interlocked.CompareExchange(ref _bits, next, seen) != seen);
    }

    /// <inheritdoc/>
    public void Write(PrometheusTextWriter writer, string name, IReadOnlyList<string> labelNames, IReadOnlyList<string> labelValues) =>
        writer.Sample(name, "", labelNames, labelValues, Value);
}
