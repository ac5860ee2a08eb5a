namespace Osprey.Server.Pipelines.Contracts;

/// <summary><c>POST /api/osprey/pipelines/register</c>: the YAML and the file name it came from (for messages and the default name).</summary>
public sealed record RegisterPipelineRequest(string? FileName, string? Source);
