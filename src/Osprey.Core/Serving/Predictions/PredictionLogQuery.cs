namespace Osprey.Core.Serving.Predictions;

/// <summary>Which logged predictions to read: one model (optionally one version), a time range in Unix milliseconds (from inclusive, to exclusive), oldest first.</summary>
/// <param name="LabelledOnly">Only predictions whose ground truth has arrived.</param>
public sealed record PredictionLogQuery(string Model, int? Version = null, long? From = null, long? To = null, int Limit = 1000, bool LabelledOnly = false);
