using System.Globalization;

namespace Osprey.Core.Monitoring.Checks;

/// <summary>One declared check, as a suite file or C# states it; <see cref="CheckSpecRules"/> says which fields each kind needs.</summary>
/// <remarks>Bounds are inclusive unless <see cref="MinInclusive"/> or <see cref="MaxInclusive"/> says otherwise. <see cref="Mostly"/> is the
/// fraction of evaluated rows that must pass a row check (missing values are not evaluated, except by <c>not_null</c>).</remarks>
public sealed record CheckSpec(CheckKind Kind, string? Column = null)
{
    /// <summary>Gets the lower bound (of the value, or of the measured statistic), or null for none.</summary>
    public double? Min { get; init; }

    /// <summary>Gets the upper bound, or null for none.</summary>
    public double? Max { get; init; }

    /// <summary>Gets whether a value equal to <see cref="Min"/> passes.</summary>
    public bool MinInclusive { get; init; } = true;

    /// <summary>Gets whether a value equal to <see cref="Max"/> passes.</summary>
    public bool MaxInclusive { get; init; } = true;

    /// <summary>Gets the accepted values of an <c>allowed_values</c> check, compared as text (numbers by value).</summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>Gets the regular expression of a <c>regex</c> check (unanchored; write ^ and $ to match whole values).</summary>
    public string? Pattern { get; init; }

    /// <summary>Gets the quantile (0 to 1) of a <c>quantile</c> check.</summary>
    public double? Q { get; init; }

    /// <summary>Gets the oldest the newest date may be in a <c>freshness</c> check.</summary>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>Gets the condition of an <c>expression</c> check, such as <c>TotalCharges &gt;= MonthlyCharges</c>.</summary>
    public string? Expression { get; init; }

    /// <summary>Gets the columns a <c>schema</c> check requires.</summary>
    public IReadOnlyList<SchemaColumn>? SchemaColumns { get; init; }

    /// <summary>Gets whether a <c>schema</c> check also refuses columns it does not name.</summary>
    public bool Exact { get; init; }

    /// <summary>Gets the fraction of evaluated rows that must pass a row check (default 1: all of them).</summary>
    public double Mostly { get; init; } = 1.0;

    /// <summary>Gets what missing the main thresholds means: fail (default) or warn.</summary>
    public CheckLevel Level { get; init; } = CheckLevel.Fail;

    /// <summary>Gets stricter thresholds that make a passing check a warning, or null.</summary>
    public WarnThresholds? Warn { get; init; }

    /// <summary>Gets a name chosen by the user, or null to use <see cref="DisplayName"/>'s default.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the name results show: the user's, else the kind and its column, such as <c>not_null(TotalCharges)</c>.</summary>
    public string DisplayName => Name ?? (Kind, Column) switch
    {
        (CheckKind.Expression, _) => $"expression({Expression})",
        (CheckKind.Quantile, { } column) => string.Create(CultureInfo.InvariantCulture, $"quantile({column}, {Q})"),
        (_, { } column) => $"{CheckKindNames.Format(Kind)}({column})",
        _ => CheckKindNames.Format(Kind),
    };

    /// <summary>Creates a <c>row_count</c> check.</summary>
    public static CheckSpec RowCount(long? min = null, long? max = null) => new(CheckKind.RowCount) { Min = min, Max = max };

    /// <summary>Creates a <c>not_null</c> check.</summary>
    public static CheckSpec NotNull(string column) => new(CheckKind.NotNull, column);

    /// <summary>Creates a <c>unique</c> check.</summary>
    public static CheckSpec Unique(string column) => new(CheckKind.Unique, column);

    /// <summary>Creates an <c>in_range</c> check with inclusive bounds.</summary>
    public static CheckSpec InRange(string column, double? min, double? max) => new(CheckKind.InRange, column) { Min = min, Max = max };

    /// <summary>Creates a <c>positive</c> check.</summary>
    public static CheckSpec Positive(string column) => new(CheckKind.Positive, column);

    /// <summary>Creates an <c>allowed_values</c> check.</summary>
    public static CheckSpec AllowedValues(string column, params string[] values) => new(CheckKind.AllowedValues, column) { Values = values };

    /// <summary>Creates a <c>regex</c> check.</summary>
    public static CheckSpec Matches(string column, string pattern) => new(CheckKind.Regex, column) { Pattern = pattern };

    /// <summary>Creates a <c>schema</c> check.</summary>
    public static CheckSpec Schema(params SchemaColumn[] columns) => new(CheckKind.Schema) { SchemaColumns = columns };

    /// <summary>Creates a <c>freshness</c> check.</summary>
    public static CheckSpec Freshness(string column, TimeSpan maxAge) => new(CheckKind.Freshness, column) { MaxAge = maxAge };

    /// <summary>Creates a check on a statistic (mean, median, stddev or distinct_count) of a column.</summary>
    public static CheckSpec Statistic(CheckKind kind, string column, double? min, double? max) => new(kind, column) { Min = min, Max = max };

    /// <summary>Creates a <c>quantile</c> check.</summary>
    public static CheckSpec Quantile(string column, double q, double? min, double? max) => new(CheckKind.Quantile, column) { Q = q, Min = min, Max = max };

    /// <summary>Creates an <c>expression</c> check.</summary>
    public static CheckSpec Condition(string expression) => new(CheckKind.Expression) { Expression = expression };
}
