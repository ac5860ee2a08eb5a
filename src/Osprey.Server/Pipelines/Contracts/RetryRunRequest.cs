namespace Osprey.Server.Pipelines.Contracts;

/// <summary><c>POST /api/osprey/pipelines/runs/{run_id}/retry</c>: the tasks to run again, or every failed one.</summary>
public sealed record RetryRunRequest(IReadOnlyList<string>? Tasks, bool? FailedOnly);
