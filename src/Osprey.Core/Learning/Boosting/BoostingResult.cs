using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Boosting;

/// <summary>A trained boosted ensemble with its per-iteration history and the iteration early stopping kept (1-based).</summary>
public sealed record BoostingResult(TreeEnsemble Ensemble, IReadOnlyList<BoostingProgress> History, int BestIteration, string LossName);
