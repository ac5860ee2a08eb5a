using System.Globalization;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary>A check of one measured value of the whole table (row count, a statistic, distinct count): the value must lie within min and max, and warn.min/warn.max when given.</summary>
internal abstract class MeasureScan(CheckSpec spec, string? column) : CheckScan(spec, column)
{
    /// <summary>Returns the measured value, or null when there is nothing to measure (no non-missing values).</summary>
    protected abstract double? Measure(ScanContext context);

    public override CheckResult Finish(ScanContext context)
    {
        if (Measure(context) is not { } observed)
        {
            return new CheckResult(Spec.DisplayName, Spec.Kind, Missed, null, null, 0, 0, 0, [],
                $"{CheckKindNames.Format(Spec.Kind)} is undefined: the column has no non-missing values");
        }
        var text = observed.ToString("0.######", CultureInfo.InvariantCulture);
        CheckStatus status;
        string message;
        if (!Within(observed, Spec.Min, Spec.Max))
        {
            (status, message) = (Missed, $"{text} is outside {Bounds(Spec.Min, Spec.Max)}");
        }
        else if (Spec.Warn is { } warn && (warn.Min is not null || warn.Max is not null) && !Within(observed, warn.Min, warn.Max))
        {
            (status, message) = (CheckStatus.Warn, $"{text} is within {Bounds(Spec.Min, Spec.Max)} but outside the warn bounds {Bounds(warn.Min, warn.Max)}");
        }
        else
        {
            (status, message) = (CheckStatus.Pass, $"{text} is within {Bounds(Spec.Min, Spec.Max)}");
        }
        return new CheckResult(Spec.DisplayName, Spec.Kind, status, text, observed, 0, 0, 0, [], message);
    }

    private bool Within(double value, double? min, double? max) =>
        (min is not { } lo || (Spec.MinInclusive ? value >= lo : value > lo)) && (max is not { } hi || (Spec.MaxInclusive ? value <= hi : value < hi));

    private string Bounds(double? min, double? max) => string.Create(CultureInfo.InvariantCulture,
        $"{(Spec.MinInclusive ? '[' : '(')}{min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}, {max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}{(Spec.MaxInclusive ? ']' : ')')}");
}
