namespace Osprey.Core.Pipelines.Runs;

/// <summary>A worker's hold on one running try until <see cref="ExpiresAt"/>.</summary>
public sealed record TaskLease(PipelineRunId RunId, string TaskId, int TryNumber, string WorkerId, DateTimeOffset ExpiresAt)
{
    /// <summary>Gets the event that tells the run its try was lost when the lease expired.</summary>
    public TaskEnded ToLostEvent(DateTimeOffset now) =>
        new(TaskId, TryNumber, TaskOutcome.Lost, now, Message: $"worker {WorkerId} stopped renewing its lease (expired {ExpiresAt:O})");
}
