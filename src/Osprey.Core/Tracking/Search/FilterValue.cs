namespace Osprey.Core.Tracking.Search;

/// <summary>A literal in a filter: a quoted string or a number.</summary>
public readonly record struct FilterValue(string? Text, double? Number)
{
    public static FilterValue Of(string text) => new(text, null);

    public static FilterValue Of(double number) => new(null, number);

    public bool IsNumber => Number.HasValue;
}
