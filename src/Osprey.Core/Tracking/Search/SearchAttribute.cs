namespace Osprey.Core.Tracking.Search;

/// <summary>One attribute an entity can be searched or sorted by: its canonical name, value type and the other spellings users may write.</summary>
/// <param name="Name">The canonical name the parser puts into <see cref="FieldRef.Key"/>, such as <c>start_time</c>.</param>
/// <param name="Type">Whether the attribute compares with strings or numbers.</param>
public sealed record SearchAttribute(string Name, SearchValueType Type)
{
    /// <summary>Other names accepted for this attribute (matched case-insensitively, as is <see cref="Name"/>), such as <c>created</c> for <c>start_time</c>.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>When not empty, the only values = != IN and NOT IN accept; matched case-insensitively and rewritten to the spelling given here.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>Whether filters may name this attribute.</summary>
    public bool Filterable { get; init; } = true;

    /// <summary>Whether order-by clauses may name this attribute.</summary>
    public bool Sortable { get; init; } = true;
}
