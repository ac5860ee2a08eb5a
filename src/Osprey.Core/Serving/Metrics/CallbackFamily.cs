namespace Osprey.Core.Serving.Metrics;

/// <summary>A metric family read at scrape time from a callback (process and runtime figures that something else keeps).</summary>
public sealed class CallbackFamily : MetricFamily
{
    private readonly Func<IEnumerable<(string[] Labels, double Value)>> _collect;

    internal CallbackFamily(string name, string help, string type, IReadOnlyList<string> labelNames, Func<IEnumerable<(string[] Labels, double Value)>> collect)
        : base(name, help, type, labelNames)
    {
        _collect = collect;
    }

    /// <inheritdoc/>
    protected override void WriteSamples(PrometheusTextWriter writer)
    {
        foreach (var (labels, value) in _collect())
        {
            writer.Sample(Name, "", LabelNames, labels, value);
        }
    }
}
