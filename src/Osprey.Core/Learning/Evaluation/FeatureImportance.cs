namespace Osprey.Core.Learning.Evaluation;

/// <summary>How much one feature matters: its score (total gain, or mean metric loss when permuted), its share of all scores, and the spread over repeats.</summary>
public sealed record FeatureImportance(string Feature, double Score, double Share, double StandardDeviation = 0);
