namespace Osprey.Core.Pipelines.Definitions;

/// <summary>What the store holds about one pipeline.</summary>
/// <param name="Source">The YAML registered through the CLI or API, or null for a pipeline known from the <c>pipelines/</c> folder.</param>
/// <param name="RegisteredAt">When the pipeline was first seen or last unpaused.</param>
/// <param name="ScheduledThrough">The end of the last data interval scheduled or passed over, or null.</param>
public sealed record PipelineRecord(string Name, string? Source, bool Paused, DateTimeOffset RegisteredAt, DateTimeOffset? ScheduledThrough);
