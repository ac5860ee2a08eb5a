namespace Osprey.Core.Serving.Predictions;

/// <summary>One prediction in a <see cref="PredictionBatch"/>: its fields, with the request id, inputs and outputs as ranges of the batch's UTF-8 text.</summary>
/// <param name="Role">stable, canary or shadow.</param>
/// <param name="PredictedClass">The predicted class of a classifier, or null for regression.</param>
/// <param name="GeneratedId">The number of a request id the server generated (the text holds it formatted), or 0 when the client gave the id.</param>
public readonly record struct PredictionBatchRow(
    int RequestStart,
    int RequestLength,
    int Row,
    long Timestamp,
    string Model,
    int Version,
    string Role,
    int InputsStart,
    int InputsLength,
    int OutputsStart,
    int OutputsLength,
    string? PredictedClass,
    double LatencyMs,
    ulong GeneratedId = 0);
