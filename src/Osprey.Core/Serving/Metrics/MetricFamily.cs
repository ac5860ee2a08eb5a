namespace Osprey.Core.Serving.Metrics;

/// <summary>A named metric with help text, a type and label names; it writes every series it holds.</summary>
public abstract class MetricFamily
{
    /// <summary>Creates a family; the registry has already checked the names.</summary>
    protected MetricFamily(string name, string help, string type, IReadOnlyList<string> labelNames)
    {
        Name = name;
        Help = help;
        Type = type;
        LabelNames = labelNames;
    }

    /// <summary>Gets the metric name.</summary>
    public string Name { get; }

    /// <summary>Gets the help text.</summary>
    public string Help { get; }

    /// <summary>Gets the Prometheus type: <c>counter</c>, <c>gauge</c>, <c>histogram</c> or <c>untyped</c>.</summary>
    public string Type { get; }

    /// <summary>Gets the label names every series carries.</summary>
    public IReadOnlyList<string> LabelNames { get; }

    /// <summary>Writes the help and type lines and then every series.</summary>
    public void Write(PrometheusTextWriter writer)
    {
        writer.Family(Name, Help, Type);
        WriteSamples(writer);
    }

    /// <summary>Writes every series' samples.</summary>
    protected abstract void WriteSamples(PrometheusTextWriter writer);
}
