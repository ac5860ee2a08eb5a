using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>The answer to a <see cref="WorkerPoll"/>: whether the completion was recorded (null when none was sent; false when the worker had lost the lease) and the tries claimed for it.</summary>
public sealed record WorkerPollResult(bool? CompletionAccepted, IReadOnlyList<TaskClaim> Claims);
