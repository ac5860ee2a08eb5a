using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Evaluation;

namespace Osprey.Core.Learning.Training;

/// <summary>A fitted predictor with its training history (boosting only), the kept iteration count and its built-in importance.</summary>
public sealed record LearnerResult(IPredictor Predictor, IReadOnlyList<BoostingProgress> History, int? BestIteration, IReadOnlyList<FeatureImportance> Importance);
