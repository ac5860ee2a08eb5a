namespace Osprey.Core.Learning.Evaluation;

/// <summary>A decision threshold and the F1 it achieves (a score at or above the threshold predicts positive).</summary>
public sealed record ThresholdChoice(double Threshold, double F1);
