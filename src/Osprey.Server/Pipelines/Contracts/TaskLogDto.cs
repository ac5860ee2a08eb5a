namespace Osprey.Server.Pipelines.Contracts;

/// <summary><c>GET /api/osprey/pipelines/runs/{run_id}/tasks/{task_id}/log</c>.</summary>
public sealed record TaskLogDto(string RunId, string TaskId, int TryNumber, string Path, string Text, bool Truncated);
