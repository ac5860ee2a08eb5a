namespace Osprey.Core.Alerting.Rules;

/// <summary>A Prometheus-style alert rule: <c>function(selector[window]) op threshold</c> must hold for <paramref name="For"/> before it fires, separately for each series the selector matches.</summary>
/// <param name="Labels">Attached to the alert; <c>severity</c> chooses the priority, <c>team</c> becomes a responder.</param>
/// <param name="Annotations"><c>summary</c> becomes the alert message, <c>description</c> its description, <c>runbook_url</c> a detail.</param>
public sealed record MetricRule(
    SeriesSelector Selector,
    WindowFunction Function,
    TimeSpan Window,
    Comparison Comparison,
    double Threshold,
    TimeSpan For,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations)
{
    /// <summary>Returns whether <paramref name="value"/> meets the alert condition.</summary>
    public bool Holds(double value) => Comparison switch
    {
        Comparison.GreaterThan => value > Threshold,
        Comparison.GreaterOrEqual => value >= Threshold,
        Comparison.LessThan => value < Threshold,
        Comparison.LessOrEqual => value <= Threshold,
        Comparison.Equal => value.Equals(Threshold),
        _ => !value.Equals(Threshold),
    };

    /// <summary>Gets the condition as text, such as <c>avg(model_accuracy{model="churn"}[15m]) &lt; 0.85</c>.</summary>
    public string Expression => $"{Function}({Selector}[{Pipelines.DurationText.Format(Window)}]) {ComparisonText.Symbol(Comparison)} {Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Gets the priority the <c>severity</c> label asks for (P3 when absent or unknown).</summary>
    public AlertPriority Priority => SeverityPriority.From(Labels.GetValueOrDefault("severity"));
}
