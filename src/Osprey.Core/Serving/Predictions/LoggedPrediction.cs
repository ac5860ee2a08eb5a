namespace Osprey.Core.Serving.Predictions;

/// <summary>A logged prediction joined with its ground truth when some has arrived, with its place in the log's reading order.</summary>
public sealed record LoggedPrediction(PredictionRecord Prediction, GroundTruth? Truth, PredictionLogPosition Position = default);
