using System.Globalization;

namespace Osprey.Core.Learning.Jobs;

/// <summary>A quality bar a model must clear: a metric that must be at least (<c>--min-metric f1=0.6</c>) or at most (<c>--max-metric log_loss=0.5</c>) a threshold.</summary>
public sealed record MetricGate(string Metric, double Threshold, bool IsMinimum)
{
    /// <summary>Gets every metric name a gate may name (the evaluation metrics of all tasks).</summary>
    public static IReadOnlyList<string> KnownMetrics { get; } =
    [
        "accuracy", "precision", "recall", "f1", "roc_auc", "pr_auc", "log_loss", "brier", "best_f1", "best_f1_threshold",
        "precision_macro", "recall_macro", "f1_macro", "f1_weighted", "roc_auc_ovr", "rmse", "mae", "r2", "mape",
    ];

    /// <summary>Parses <c>metric=value</c> (a <c>test_</c> prefix is accepted); throws <see cref="ErrorCode.InvalidParameter"/> naming the problem.</summary>
    public static MetricGate Parse(string text, bool isMinimum)
    {
        var option = isMinimum ? "--min-metric" : "--max-metric";
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw OspreyException.Invalid($"{option} must look like metric=value, such as f1=0.6; got '{text}'.");
        }
        var name = text[..equals].Trim().ToLowerInvariant();
        name = name.StartsWith("test_", StringComparison.Ordinal) ? name["test_".Length..] : name;
        if (!KnownMetrics.Contains(name))
        {
            throw OspreyException.Invalid($"{option} names the metric '{name}', which Osprey does not compute; choose one of: {string.Join(", ", KnownMetrics)}.");
        }
        var valueText = text[(equals + 1)..].Trim();
        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) || !double.IsFinite(threshold))
        {
            throw OspreyException.Invalid($"{option} {name} needs a number after '=', got '{valueText}'.");
        }
        return new MetricGate(name, threshold, isMinimum);
    }

    /// <summary>Returns null when the metrics clear this gate, else one sentence naming the metric, its value and the threshold.</summary>
    public string? Check(IReadOnlyDictionary<string, double> metrics)
    {
        if (!metrics.TryGetValue(Metric, out var value))
        {
            return $"the metric {Metric} is not available for this model and data (available: {string.Join(", ", metrics.Keys.Order(StringComparer.Ordinal))})";
        }
        var passes = IsMinimum ? value >= Threshold : value <= Threshold;
        if (passes)
        {
            return null;
        }
        var relation = IsMinimum ? "below the minimum" : "above the maximum";
        return string.Create(CultureInfo.InvariantCulture, $"{Metric} = {value:0.####} is {relation} {Threshold:0.####}");
    }

    /// <summary>Gets the gate as the option text that sets it, such as <c>f1&gt;=0.6</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Metric}{(IsMinimum ? ">=" : "<=")}{Threshold}");
}
