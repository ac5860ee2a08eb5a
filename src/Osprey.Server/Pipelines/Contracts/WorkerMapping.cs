using Osprey.Core;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Server.Pipelines.Contracts;

/// <summary>Maps the worker protocol's JSON contracts to the gateway's records and back (the worker reads the answers with the same mapping).</summary>
public static class WorkerMapping
{
    public static WorkerClaimDto ToDto(this TaskClaim c) => new(c.Dispatch.RunId.Value, c.Dispatch.Pipeline, c.Dispatch.TaskId, c.Dispatch.Type,
        c.Dispatch.TryNumber, c.Dispatch.Settings, (long?)c.Dispatch.ExecutionTimeout?.TotalMilliseconds, c.Dispatch.ChoosesChildren, c.Lease.ExpiresAt);

    public static TaskClaim ToRecord(this WorkerClaimDto d, string workerId)
    {
        var runId = PipelineRunId.Parse(d.RunId);
        return new TaskClaim(new TaskLease(runId, d.TaskId, d.TryNumber, workerId, d.LeaseExpiresAt),
            new TaskDispatch(runId, d.Pipeline, d.TaskId, d.Type, d.TryNumber, d.Settings,
                d.ExecutionTimeoutMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null, d.ChoosesChildren));
    }

    public static WorkerCompletionDto ToDto(this TryCompletion c) => new(c.RunId.Value, c.TaskId, c.TryNumber, c.Outcome.Name(), c.EndedAt,
        PipelineMapping.Copy(c.Outputs), c.Message, c.LogPath);

    public static TryCompletion ToRecord(this WorkerCompletionDto d, string workerId)
    {
        var outcome = RunNames.ParseOutcome(d.Outcome);
        if (outcome == TaskOutcome.Lost)
        {
            throw OspreyException.Invalid("'completion.outcome' may not be 'lost': only the scheduler declares a try lost.");
        }
        return new TryCompletion(PipelineRunId.Parse(d.RunId), d.TaskId, d.TryNumber, workerId, outcome, d.EndedAt, d.Outputs, d.Message, d.LogPath);
    }

    public static WorkerLeaseDto ToDto(this TaskLease l) => new(l.RunId.Value, l.TaskId, l.TryNumber);

    public static TaskLease ToRecord(this WorkerLeaseDto d, string workerId, DateTimeOffset expiresAt) =>
        new(PipelineRunId.Parse(d.RunId), d.TaskId, d.TryNumber, workerId, expiresAt);
}
