namespace Osprey.Core.Learning.Boosting;

/// <summary>One finished boosting iteration (1-based) and its validation loss, when there is validation data.</summary>
public sealed record BoostingProgress(int Iteration, int TotalIterations, string LossName, double? ValidationLoss);
