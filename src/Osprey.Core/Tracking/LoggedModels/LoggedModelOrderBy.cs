namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>One sort key as MLflow sends it: a field such as <c>metrics.accuracy</c> or <c>creation_timestamp</c>, a direction, and for metrics an optional data set.</summary>
/// <param name="Ascending">The direction; null means the one written in <paramref name="FieldName"/>, ascending when none is.</param>
public sealed record LoggedModelOrderBy(string FieldName, bool? Ascending = null, string? DatasetName = null, string? DatasetDigest = null);
