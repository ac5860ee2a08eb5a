namespace Osprey.Core.Serving.Predictions;

/// <summary>
/// Which logged predictions to read: one model (optionally one version), a time range in Unix milliseconds (from inclusive, to exclusive),
/// in the log's reading order (batch by batch as logged, each batch's rows by time), starting after a position to read page by page.
/// </summary>
/// <param name="LabelledOnly">Only predictions whose ground truth has arrived.</param>
/// <param name="After">Continue after this position (the <see cref="LoggedPrediction.Position"/> of the previous page's last row).</param>
public sealed record PredictionLogQuery(string Model, int? Version = null, long? From = null, long? To = null, int Limit = 1000, bool LabelledOnly = false,
    PredictionLogPosition? After = null);
