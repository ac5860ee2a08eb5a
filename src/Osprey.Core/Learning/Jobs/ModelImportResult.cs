using Osprey.Core.Learning.Evaluation;
using Osprey.Core.Learning.Models;
using Osprey.Core.Registry;

namespace Osprey.Core.Learning.Jobs;

/// <summary>What an import did: the run it recorded, the model as logged, its evaluation (when data was given), the gate and the registered version.</summary>
public sealed record ModelImportResult(
    string ExperimentId,
    string ExperimentName,
    string RunId,
    string RunName,
    TrainedModel Model,
    EvaluationReport? Evaluation,
    GateResult Gate,
    ModelVersion? Version);
