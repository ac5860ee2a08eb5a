namespace Osprey.Server.Pipelines.Contracts;

/// <summary>Names one try a worker holds.</summary>
public sealed record WorkerLeaseDto(string RunId, string TaskId, int TryNumber);
