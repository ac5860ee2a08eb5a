namespace Osprey.Core.Tracking.Search;

/// <summary>One sort key; runs missing a metric or param sort last whichever the direction, as in MLflow.</summary>
public sealed record OrderByClause(FieldRef Field, bool Ascending);
