using Osprey.Core.Learning.Evaluation;

namespace Osprey.Core.Learning.Jobs;

/// <summary>What an evaluation found: the model, the metrics and confusion matrix, the rows scored, the gate, and the run it logged to (if any).</summary>
public sealed record EvaluationJobResult(
    LoadedModel Model,
    EvaluationReport Report,
    int Rows,
    EvaluationPart Part,
    double Threshold,
    GateResult Gate,
    string? LoggedRunId);
