using Osprey.Core.Tracking;

namespace Osprey.Core.Registry;

/// <summary>A model version with the run that produced it (params, metrics, tags and data set fingerprints), when that run still exists.</summary>
public sealed record ModelLineage(ModelVersion Version, Run? Run);
