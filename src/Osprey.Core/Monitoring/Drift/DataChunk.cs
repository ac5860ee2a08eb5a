namespace Osprey.Core.Monitoring.Drift;

/// <summary>A block of rows in columns: for each column either numbers (NaN = missing) or labels (null = missing), the other null.</summary>
public sealed record DataChunk(int Rows, double[]?[] Numbers, string?[]?[] Labels);
