namespace Osprey.Core.Serving.Predictions;

/// <summary>A logged prediction joined with its ground truth when some has arrived.</summary>
public sealed record LoggedPrediction(PredictionRecord Prediction, GroundTruth? Truth);
