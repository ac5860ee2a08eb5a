namespace Osprey.Core.Alerting.Rules;

/// <summary>The written forms of <see cref="Comparison"/>: <c>&gt; &gt;= &lt; &lt;= == !=</c>.</summary>
public static class ComparisonText
{
    private static readonly (string Symbol, Comparison Kind)[] Forms =
    [
        (">=", Comparison.GreaterOrEqual), ("<=", Comparison.LessOrEqual), ("==", Comparison.Equal),
        ("!=", Comparison.NotEqual), (">", Comparison.GreaterThan), ("<", Comparison.LessThan),
    ];

    /// <summary>Gets every accepted symbol.</summary>
    public static IReadOnlyList<string> Symbols { get; } = [.. Forms.Select(f => f.Symbol)];

    /// <summary>Parses a symbol; returns false for anything else.</summary>
    public static bool TryParse(string? text, out Comparison comparison)
    {
        foreach (var (symbol, kind) in Forms)
        {
            if (symbol == text?.Trim())
            {
                comparison = kind;
                return true;
            }
        }
        comparison = default;
        return false;
    }

    /// <summary>Returns the symbol of a comparison.</summary>
    public static string Symbol(Comparison comparison) => Forms.First(f => f.Kind == comparison).Symbol;
}
