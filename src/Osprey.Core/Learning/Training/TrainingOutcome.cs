using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Evaluation;
using Osprey.Core.Learning.Models;

namespace Osprey.Core.Learning.Training;

/// <summary>The result of training: the model, its evaluation on the validation and test rows, the boosting history, importance and the data report.</summary>
public sealed record TrainingOutcome(
    TrainedModel Model,
    EvaluationReport? Validation,
    EvaluationReport? Test,
    IReadOnlyList<BoostingProgress> History,
    int? BestIteration,
    IReadOnlyList<FeatureImportance> Importance,
    DataReport Data);
