namespace Osprey.Core.Learning.Evaluation;

/// <summary>The four counts of a binary confusion matrix at a threshold (a score at or above it predicts positive).</summary>
public sealed record BinaryConfusion(double Threshold, long TruePositives, long FalsePositives, long TrueNegatives, long FalseNegatives);
