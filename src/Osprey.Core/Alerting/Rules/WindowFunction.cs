using System.Globalization;

namespace Osprey.Core.Alerting.Rules;

/// <summary>A window function with its argument (the quantile's q); <see cref="Apply"/> returns null when the window holds too few samples to say anything.</summary>
public sealed record WindowFunction(WindowFunctionKind Kind, double Q = 0)
{
    /// <summary>Gets the accepted spellings, for messages.</summary>
    public const string Spellings = "avg, max, min, last, rate, age or quantile(Q) with 0 ≤ Q ≤ 1";

    /// <summary>Reduces one series' samples (ordered by time, Unix milliseconds) in a window ending at <paramref name="now"/>.</summary>
    public double? Apply(IReadOnlyList<(long At, double Value)> samples, long now, TimeSpan window)
    {
        if (samples.Count == 0)
        {
            return null;
        }
        return Kind switch
        {
            WindowFunctionKind.Avg => samples.Average(s => s.Value),
            WindowFunctionKind.Max => samples.Max(s => s.Value),
            WindowFunctionKind.Min => samples.Min(s => s.Value),
            WindowFunctionKind.Last => samples[^1].Value,
            WindowFunctionKind.Age => (now - samples[^1].At) / 1000.0,
            WindowFunctionKind.Rate => Rate(samples, window),
            _ => Quantile(samples, Q),
        };
    }

    /// <summary>Parses <c>avg</c>, <c>quantile(0.99)</c>, <c>p99</c> and the other spellings; returns null for anything else.</summary>
    public static WindowFunction? Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.StartsWith("quantile(", StringComparison.Ordinal) && t.EndsWith(')'))
        {
            return QuantileOf(t["quantile(".Length..^1]);
        }
        if (t.Length > 1 && t[0] == 'p' && int.TryParse(t[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var pct) && pct is > 0 and < 100)
        {
            return new WindowFunction(WindowFunctionKind.Quantile, pct / 100.0);
        }
        return t switch
        {
            "avg" => new(WindowFunctionKind.Avg),
            "max" => new(WindowFunctionKind.Max),
            "min" => new(WindowFunctionKind.Min),
            "last" => new(WindowFunctionKind.Last),
            "rate" => new(WindowFunctionKind.Rate),
            "age" => new(WindowFunctionKind.Age),
            _ => null,
        };
    }

    public override string ToString() => Kind == WindowFunctionKind.Quantile
        ? $"quantile({Q.ToString(CultureInfo.InvariantCulture)})"
        : Kind.ToString().ToLowerInvariant();

    private static WindowFunction? QuantileOf(string q) =>
        double.TryParse(q, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? new WindowFunction(WindowFunctionKind.Quantile, value)
            : null;

    // Per-second increase of a counter over the window; a drop is a counter reset, after which the new value is all increase.
    private static double? Rate(IReadOnlyList<(long At, double Value)> samples, TimeSpan window)
    {
        if (samples.Count < 2)
        {
            return null;
        }
        var increase = 0.0;
        for (var i = 1; i < samples.Count; i++)
        {
            var step = samples[i].Value - samples[i - 1].Value;
            increase += step >= 0 ? step : samples[i].Value;
        }
        return increase / window.TotalSeconds;
    }

    // Linear interpolation between the closest ranks, as numpy's default and Prometheus' quantile_over_time do.
    private static double Quantile(IReadOnlyList<(long At, double Value)> samples, double q)
    {
        var sorted = samples.Select(s => s.Value).Order().ToArray();
        var rank = q * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
