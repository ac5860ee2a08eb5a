namespace Osprey.Server.Pipelines.Contracts;

/// <summary><c>POST /api/osprey/pipelines/workers/poll</c>: report a finished try and ask for more work, waiting up to <c>wait_ms</c>.</summary>
public sealed record WorkerPollRequest(string? WorkerId, WorkerCompletionDto? Completion, int? MaxTasks, long? WaitMs, IReadOnlyList<string>? Types);
