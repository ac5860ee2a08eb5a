using Osprey.Core.Pipelines.Scheduling;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>What the scheduler should do now for one pipeline; apply it in one transaction (create, start, cancel, then record <see cref="ScheduledThrough"/>).</summary>
/// <param name="Create">Scheduled runs to create and start now, oldest interval first.</param>
/// <param name="Start">Queued runs to start now.</param>
/// <param name="Cancel">Active runs to cancel (concurrency: replace).</param>
/// <param name="Skipped">Due intervals passed over on purpose (forbid without catchup, replace); they will never run.</param>
/// <param name="ScheduledThrough">The new end of the scheduled range to persist (unchanged when nothing was scheduled or skipped).</param>
/// <param name="NextCheckAt">When the next interval falls due; decide again then, or sooner when a run ends.</param>
public sealed record ScheduleDecision(
    IReadOnlyList<DataInterval> Create,
    IReadOnlyList<PipelineRunId> Start,
    IReadOnlyList<PipelineRunId> Cancel,
    IReadOnlyList<DataInterval> Skipped,
    DateTimeOffset? ScheduledThrough,
    DateTimeOffset? NextCheckAt)
{
    /// <summary>Gets whether the decision changes nothing.</summary>
    public bool IsEmpty => Create.Count == 0 && Start.Count == 0 && Cancel.Count == 0 && Skipped.Count == 0;
}
