namespace Osprey.Core.Monitoring.Drift;

/// <summary>A column's binned shares on both sides, for charts: histogram bins over <see cref="Edges"/>, or bars over <see cref="Labels"/> (exactly one is set).</summary>
public sealed record Distribution(double[]? Edges, string[]? Labels, double[] Reference, double[] Current);
