namespace Osprey.Core.Monitoring.Checks.Yaml;

/// <summary>The settings each check kind accepts in a suite file, besides the ones every check accepts.</summary>
internal static class CheckFields
{
    /// <summary>Settings every check accepts.</summary>
    public static readonly string[] Common = ["mostly", "level", "warn", "name"];

    /// <summary>Settings of a <c>warn:</c> map.</summary>
    public static readonly string[] Warn = ["mostly", "min", "max", "max_age"];

    private static readonly string[] Bounds = ["min", "max", "min_inclusive", "max_inclusive"];

    /// <summary>Returns every setting a kind accepts.</summary>
    public static string[] For(CheckKind kind) =>
    [
        .. kind switch
        {
            CheckKind.RowCount => Bounds,
            CheckKind.NotNull or CheckKind.Unique or CheckKind.Positive => ["column"],
            CheckKind.InRange or CheckKind.Mean or CheckKind.Median or CheckKind.StdDev or CheckKind.DistinctCount => ["column", .. Bounds],
            CheckKind.Quantile => ["column", "q", .. Bounds],
            CheckKind.AllowedValues => ["column", "values"],
            CheckKind.Regex => ["column", "pattern"],
            CheckKind.Schema => ["columns", "exact"],
            CheckKind.Freshness => ["column", "max_age"],
            _ => ["expr"],
        },
        .. Common,
    ];

    /// <summary>Returns the setting a scalar value stands for (<c>not_null: id</c> is <c>column: id</c>), or null when a kind needs a map.</summary>
    public static string? Shorthand(CheckKind kind) => kind switch
    {
        CheckKind.Expression => "expr",
        CheckKind.NotNull or CheckKind.Unique or CheckKind.Positive => "column",
        _ => null,
    };
}
