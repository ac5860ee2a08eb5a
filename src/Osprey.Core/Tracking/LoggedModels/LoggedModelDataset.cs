namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>A data set that metric filters and sort keys are restricted to: a name and, optionally, a digest.</summary>
public sealed record LoggedModelDataset(string Name, string? Digest = null);
