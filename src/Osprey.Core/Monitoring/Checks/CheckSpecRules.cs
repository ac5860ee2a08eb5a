using System.Globalization;
using System.Text.RegularExpressions;
using Osprey.Core.Monitoring.Checks.Expressions;

namespace Osprey.Core.Monitoring.Checks;

/// <summary>Says what is wrong with a declared check before any data is read; suite files and C# callers share these rules.</summary>
public static class CheckSpecRules
{
    private static readonly CheckKind[] Bounded =
        [CheckKind.RowCount, CheckKind.Mean, CheckKind.Median, CheckKind.StdDev, CheckKind.Quantile, CheckKind.DistinctCount];

    /// <summary>Returns every problem with <paramref name="spec"/>; each message completes a sentence that starts with the field's name.</summary>
    public static IReadOnlyList<CheckProblem> Problems(CheckSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<CheckProblem>();
        var kind = spec.Kind;
        var name = CheckKindNames.Format(kind);
        if (kind is not (CheckKind.RowCount or CheckKind.Schema or CheckKind.Expression) && string.IsNullOrWhiteSpace(spec.Column))
        {
            problems.Add(new("column", $"is required: {name} checks one column"));
        }
        CheckMostly(spec, problems);
        CheckBounds(spec, problems);
        CheckWarn(spec, problems);
        switch (kind)
        {
            case CheckKind.AllowedValues when spec.Values is not { Count: > 0 }:
                problems.Add(new("values", "is required: a list of the accepted values"));
                break;
            case CheckKind.Regex:
                CheckPattern(spec.Pattern, problems);
                break;
            case CheckKind.Quantile when spec.Q is not (>= 0 and <= 1):
                problems.Add(new("q", $"is required and must be between 0 and 1 (0.5 is the median), got {Text(spec.Q)}"));
                break;
            case CheckKind.Freshness when spec.MaxAge is not { Ticks: > 0 }:
                problems.Add(new("max_age", "is required: a duration such as 1d or 6h"));
                break;
            case CheckKind.Schema when spec.SchemaColumns is not { Count: > 0 }:
                problems.Add(new("columns", "is required: a map from column name to kind (numeric, integer, boolean, categorical, datetime, text, identifier, or any)"));
                break;
            case CheckKind.Expression:
                CheckExpression(spec.Expression, problems);
                break;
        }
        return problems;
    }

    /// <summary>Throws <see cref="ErrorCode.InvalidParameter"/> listing the problems of the checks of <paramref name="suite"/>, if any.</summary>
    public static void ThrowIfInvalid(CheckSuite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var lines = suite.Checks.SelectMany((check, i) => Problems(check).Select(p =>
            string.Create(CultureInfo.InvariantCulture, $"checks[{i}] ({check.DisplayName}){(p.Field.Length > 0 ? "." + p.Field : "")} {p.Message}"))).ToList();
        if (lines.Count > 0)
        {
            throw OspreyException.Invalid($"suite {suite.Name}: {string.Join("; ", lines)}");
        }
    }

    private static void CheckMostly(CheckSpec spec, List<CheckProblem> problems)
    {
        if (spec.Mostly is < 0 or > 1 || double.IsNaN(spec.Mostly))
        {
            problems.Add(new("mostly", $"must be between 0 and 1 (the fraction of rows that must pass), got {Text(spec.Mostly)}"));
        }
        else if (spec.Mostly != 1 && !CheckKindNames.IsRowCheck(spec.Kind))
        {
            problems.Add(new("mostly", $"applies only to checks of each row (not_null, unique, in_range, positive, allowed_values, regex, expression), not to {CheckKindNames.Format(spec.Kind)}"));
        }
    }

    private static void CheckBounds(CheckSpec spec, List<CheckProblem> problems)
    {
        var hasBounds = spec.Min is not null || spec.Max is not null;
        if (spec.Kind == CheckKind.InRange || Bounded.Contains(spec.Kind))
        {
            if (!hasBounds)
            {
                problems.Add(new("", "needs min, max or both"));
            }
            else if (spec.Min > spec.Max)
            {
                problems.Add(new("min", $"must not be above max ({Text(spec.Min)} > {Text(spec.Max)})"));
            }
        }
        else if (hasBounds)
        {
            problems.Add(new(spec.Min is not null ? "min" : "max", $"does not apply to {CheckKindNames.Format(spec.Kind)}"));
        }
    }

    private static void CheckWarn(CheckSpec spec, List<CheckProblem> problems)
    {
        if (spec.Warn is not { } warn)
        {
            return;
        }
        if (spec.Level == CheckLevel.Warn)
        {
            problems.Add(new("warn", "cannot be combined with level: warn; give the check fail thresholds and warn: stricter ones, or use level: warn alone"));
            return;
        }
        var row = CheckKindNames.IsRowCheck(spec.Kind);
        if (warn.Mostly is { } mostly && (!row || mostly < spec.Mostly || mostly > 1))
        {
            problems.Add(new("warn.mostly", row
                ? $"must be between mostly ({Text(spec.Mostly)}) and 1, so that it is the stricter threshold, got {Text(mostly)}"
                : $"applies only to checks of each row, not to {CheckKindNames.Format(spec.Kind)}"));
        }
        if ((warn.Min is not null || warn.Max is not null) && !Bounded.Contains(spec.Kind))
        {
            problems.Add(new("warn", $"min and max apply to measured values ({string.Join(", ", Bounded.Select(CheckKindNames.Format))}); for row checks use warn: {{ mostly: ... }}"));
        }
        else if (warn.Min > warn.Max)
        {
            problems.Add(new("warn.min", $"must not be above warn.max ({Text(warn.Min)} > {Text(warn.Max)})"));
        }
        if (warn.MaxAge is { } age && (spec.Kind != CheckKind.Freshness || age.Ticks <= 0 || age > spec.MaxAge))
        {
            problems.Add(new("warn.max_age", spec.Kind != CheckKind.Freshness ? "applies only to freshness" : "must be positive and no longer than max_age"));
        }
    }

    private static void CheckPattern(string? pattern, List<CheckProblem> problems)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            problems.Add(new("pattern", "is required: a regular expression"));
            return;
        }
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            problems.Add(new("pattern", $"is not a valid regular expression: {e.Message}"));
        }
    }

    private static void CheckExpression(string? expression, List<CheckProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            problems.Add(new("expr", "is required: a condition such as TotalCharges >= MonthlyCharges"));
            return;
        }
        if (ExprParser.Parse(expression).Error is { } error)
        {
            problems.Add(new("expr", $"does not parse at character {error.Offset + 1}: {error.Message}", error.Offset));
        }
    }

    private static string Text(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "nothing";
}
