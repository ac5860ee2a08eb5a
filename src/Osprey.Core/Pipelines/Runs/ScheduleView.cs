namespace Osprey.Core.Pipelines.Runs;

/// <summary>What the scheduler policy needs to know about one pipeline: how far it has been scheduled, when it was registered, and its active runs.</summary>
/// <param name="ScheduledThrough">The end of the last data interval already scheduled or deliberately passed over, or null if none yet.</param>
/// <param name="Registered">When the pipeline was registered (or last unpaused); without a start_date, its first interval is the one in progress then.</param>
/// <param name="Runs">The pipeline's queued and running runs.</param>
public sealed record ScheduleView(DateTimeOffset? ScheduledThrough, DateTimeOffset Registered, IReadOnlyList<ActiveRun> Runs);
