namespace Osprey.Core.Serving.Metrics;

/// <summary>A monotonically increasing count; increments are lock-free and allocate nothing.</summary>
public sealed class Counter : IMetricChild
{
    private long _value;

    /// <summary>Gets the current count.</summary>
    public long Value => Volatile.Read(ref _value);

    /// <summary>Adds one.</summary>
    public void Inc() => Interlocked.Increment(ref _value);

    /// <summary>Adds a non-negative amount.</summary>
    public void Add(long amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        Interlocked.Add(ref _value, amount);
    }

    /// <inheritdoc/>
    public void Write(PrometheusTextWriter writer, string name, IReadOnlyList<string> labelNames, IReadOnlyList<string> labelValues) =>
        writer.Sample(name, "", labelNames, labelValues, Value);
}
