namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>A metric observation of a run linked to a logged model, optionally measured on a named data set.</summary>
/// <param name="ModelId">The logged model the observation describes.</param>
/// <param name="RunId">The run that logged it.</param>
public sealed record LoggedModelMetric(string ModelId, string RunId, Metric Metric, string? DatasetName = null, string? DatasetDigest = null);
