namespace Osprey.Core.Serving.Predictions;

/// <summary>The true outcome of a logged prediction, sent later (<c>POST /feedback</c>) for performance monitoring.</summary>
/// <param name="Row">The row within the request (0 for single predictions).</param>
/// <param name="Label">The true class, or the true value of a regression as text.</param>
/// <param name="Timestamp">When the outcome was recorded (Unix milliseconds).</param>
public sealed record GroundTruth(string RequestId, int Row, string Label, long Timestamp);
