using Osprey.Core.Learning.Models;
using Osprey.Core.Learning.Training;
using Osprey.Core.Registry;

namespace Osprey.Core.Learning.Jobs;

/// <summary>What a training job did: the run it recorded, the training outcome, the model as logged, the gate and the registered version (null when gated or not asked).</summary>
/// <param name="CurveLogCalls">How many log-batch calls carried the per-iteration validation metrics.</param>
public sealed record TrainingJobResult(
    string ExperimentId,
    string ExperimentName,
    string RunId,
    string RunName,
    TrainingOutcome Outcome,
    TrainedModel Model,
    GateResult Gate,
    ModelVersion? Version,
    int CurveLogCalls);
