namespace Osprey.Core.Monitoring.Performance;

/// <summary>One logged prediction as performance monitoring reads it: its version and time, the predicted class (null for regression),
/// the numeric outputs by name, and the ground truth when it has arrived (null until then).</summary>
public sealed record PerformanceSample(int Version, long Timestamp, string? Predicted, IReadOnlyDictionary<string, double> Outputs, string? Actual);
