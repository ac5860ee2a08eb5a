using System.Globalization;

namespace Osprey.Core.Monitoring.Performance;

/// <summary>A condition on a live metric that marks a model version as degraded when it holds, such as <c>f1 &lt; 0.6</c>.</summary>
/// <param name="Comparison">One of <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>.</param>
public sealed record PerformanceThreshold(string Metric, string Comparison, double Value)
{
    private static readonly string[] Comparisons = ["<=", ">=", "<", ">"];

    /// <summary>Metrics where lower is better; <c>metric=value</c> on them fails above the value instead of below.</summary>
    private static readonly HashSet<string> LowerIsBetter = new(StringComparer.Ordinal) { "rmse", "mae" };

    /// <summary>Returns whether a metric value breaches the threshold (NaN never does: there is nothing to judge).</summary>
    public bool IsBreachedBy(double value) => !double.IsNaN(value) && Comparison switch
    {
        "<" => value < Value,
        "<=" => value <= Value,
        ">" => value > Value,
        _ => value >= Value,
    };

    /// <summary>Writes the condition as it is parsed, for example <c>f1 &lt; 0.6</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Metric} {Comparison} {Value}");

    /// <summary>Parses <c>metric=value</c> (a floor, or a ceiling for rmse and mae) or a failing condition <c>metric&lt;value</c>, <c>metric&gt;=value</c>…;
    /// throws <see cref="ErrorCode.InvalidParameter"/> naming the text.</summary>
    public static PerformanceThreshold Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = text.Replace(" ", "", StringComparison.Ordinal);
        foreach (var comparison in Comparisons)
        {
            var at = compact.IndexOf(comparison, StringComparison.Ordinal);
            if (at > 0)
            {
                return Make(text, compact[..at], comparison, compact[(at + comparison.Length)..]);
            }
        }
        var equals = compact.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            var metric = compact[..equals];
            return Make(text, metric, LowerIsBetter.Contains(Normalize(metric)) ? ">" : "<", compact[(equals + 1)..]);
        }
        throw Invalid(text);
    }

    private static PerformanceThreshold Make(string text, string metric, string comparison, string value)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            throw Invalid(text);
        }
        var name = Normalize(metric);
        if (!PerformanceMetrics.Known.Contains(name))
        {
            throw OspreyException.Invalid(
                $"The threshold '{text}' names an unknown metric '{metric}'; use one of {string.Join(", ", PerformanceMetrics.Known)}.");
        }
        return new PerformanceThreshold(name, comparison, number);
    }

    private static string Normalize(string metric) => metric.StartsWith("model_", StringComparison.Ordinal) ? metric["model_".Length..] : metric;

    private static OspreyException Invalid(string text) => OspreyException.Invalid(
        $"The threshold '{text}' is not valid: write metric=value (for example f1=0.6, failing below it) or a failing condition such as 'f1<0.6' or 'rmse>2.5'.");
}
