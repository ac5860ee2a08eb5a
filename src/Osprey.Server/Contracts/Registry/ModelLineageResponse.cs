using Osprey.Server.Contracts.Tracking;

namespace Osprey.Server.Contracts.Registry;

/// <summary>A model version with the run behind it (absent when that run no longer exists).</summary>
public sealed record ModelLineageResponse(ModelVersionDto ModelVersion, RunDto? Run);
