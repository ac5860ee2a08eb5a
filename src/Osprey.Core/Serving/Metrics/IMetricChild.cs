namespace Osprey.Core.Serving.Metrics;

/// <summary>One labelled series of a metric family (a counter, gauge or histogram) that can write its samples.</summary>
public interface IMetricChild
{
    /// <summary>Writes this series' samples under the family's name and the series' label values.</summary>
    void Write(PrometheusTextWriter writer, string name, IReadOnlyList<string> labelNames, IReadOnlyList<string> labelValues);
}
