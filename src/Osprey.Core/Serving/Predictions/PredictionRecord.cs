namespace Osprey.Core.Serving.Predictions;

/// <summary>One logged prediction: which request and row, when (Unix milliseconds), which model version in which role, the inputs and the outputs as JSON objects.</summary>
/// <param name="Role">stable, canary or shadow.</param>
/// <param name="Inputs">The row's features as a JSON object, by name.</param>
/// <param name="Outputs">The model's outputs as a JSON object, such as <c>{"probability":0.72}</c>.</param>
/// <param name="PredictedClass">The predicted class of a classifier, or null for regression.</param>
/// <param name="LatencyMs">The request's latency up to its predictions.</param>
public sealed record PredictionRecord(
    string RequestId,
    int Row,
    long Timestamp,
    string Model,
    int Version,
    string Role,
    string Inputs,
    string Outputs,
    string? PredictedClass,
    double LatencyMs);
