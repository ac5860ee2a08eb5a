using System.Text.Json;

namespace Osprey.Server.Pipelines.Contracts;

/// <summary>A try handed to a worker: what to run and until when its lease lasts without a heartbeat.</summary>
public sealed record WorkerClaimDto(string RunId, string Pipeline, string TaskId, string Type, int TryNumber, JsonElement Settings,
    long? ExecutionTimeoutMs, bool ChoosesChildren, DateTimeOffset LeaseExpiresAt);
