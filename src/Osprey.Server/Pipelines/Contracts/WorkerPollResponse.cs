namespace Osprey.Server.Pipelines.Contracts;

/// <summary>The answer to a poll: whether the completion was recorded, and the claimed tries.</summary>
public sealed record WorkerPollResponse(bool? CompletionAccepted, IReadOnlyList<WorkerClaimDto> Claims);
