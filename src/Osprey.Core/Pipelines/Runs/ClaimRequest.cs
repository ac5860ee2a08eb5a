namespace Osprey.Core.Pipelines.Runs;

/// <summary>A worker asking for work: who it is, how many tries it can take, how long its lease lasts, and optionally which task types it runs.</summary>
public sealed record ClaimRequest(string WorkerId, int MaxTasks, TimeSpan LeaseDuration, DateTimeOffset Now, IReadOnlyCollection<string>? Types = null);
