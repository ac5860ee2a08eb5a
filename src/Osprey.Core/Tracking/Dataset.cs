namespace Osprey.Core.Tracking;

/// <summary>A data set's identity and fingerprint as logged by a run (MLflow's Dataset: digest, source, schema, profile).</summary>
public sealed record Dataset(string Name, string Digest, string SourceType, string Source, string? Schema, string? Profile);
