namespace Osprey.Core.Monitoring.Checks;

/// <summary>The names check kinds have in suite files (<c>not_null</c>, <c>in_range</c>, ...), and which kinds test rows one by one.</summary>
public static class CheckKindNames
{
    private static readonly Dictionary<string, CheckKind> ByName = new(StringComparer.Ordinal)
    {
        ["row_count"] = CheckKind.RowCount, ["not_null"] = CheckKind.NotNull, ["unique"] = CheckKind.Unique,
        ["in_range"] = CheckKind.InRange, ["positive"] = CheckKind.Positive, ["allowed_values"] = CheckKind.AllowedValues,
        ["regex"] = CheckKind.Regex, ["schema"] = CheckKind.Schema, ["freshness"] = CheckKind.Freshness,
        ["mean"] = CheckKind.Mean, ["median"] = CheckKind.Median, ["stddev"] = CheckKind.StdDev,
        ["quantile"] = CheckKind.Quantile, ["distinct_count"] = CheckKind.DistinctCount, ["expression"] = CheckKind.Expression,
    };

    /// <summary>Gets every name in documentation order.</summary>
    public static IReadOnlyCollection<string> All => ByName.Keys;

    /// <summary>Returns the file name of a kind, such as <c>not_null</c>.</summary>
    public static string Format(CheckKind kind) => ByName.First(p => p.Value == kind).Key;

    /// <summary>Finds the kind a name spells; <c>range</c> is accepted as the older name of <c>in_range</c>.</summary>
    public static bool TryParse(string name, out CheckKind kind)
    {
        if (name == "range")
        {
            kind = CheckKind.InRange;
            return true;
        }
        return ByName.TryGetValue(name, out kind);
    }

    /// <summary>Returns whether the kind tests each row (and so has unexpected rows and <c>mostly</c>) rather than one value of the whole table.</summary>
    public static bool IsRowCheck(CheckKind kind) =>
        kind is CheckKind.NotNull or CheckKind.Unique or CheckKind.InRange or CheckKind.Positive
            or CheckKind.AllowedValues or CheckKind.Regex or CheckKind.Expression;
}
