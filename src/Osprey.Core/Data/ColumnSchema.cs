namespace Osprey.Core.Data;

/// <summary>One column's name and kind.</summary>
public sealed record ColumnSchema(string Name, ColumnKind Kind)
{
    /// <summary>Gets whether learners may use this column as a feature (identifiers and text are excluded).</summary>
    public bool IsFeatureCandidate => Kind is not (ColumnKind.Text or ColumnKind.Identifier);
}
