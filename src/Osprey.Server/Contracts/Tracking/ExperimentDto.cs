using Osprey.Server.Contracts;

namespace Osprey.Server.Contracts.Tracking;

/// <summary>An experiment as MLflow renders it; times are Unix milliseconds.</summary>
public sealed record ExperimentDto(string ExperimentId, string Name, string ArtifactLocation, string LifecycleStage, long? LastUpdateTime, long? CreationTime, IReadOnlyList<TagDto>? Tags);
