namespace Osprey.Core.Monitoring.Performance;

/// <summary>What a performance check looks at: a model (optionally one version), the window back from now and its bucket size, the thresholds,
/// the fewest labelled predictions a version needs to be judged, and the positive class when it should not be inferred.</summary>
public sealed record PerformanceOptions(
    string Model,
    TimeSpan Window,
    TimeSpan Bucket,
    IReadOnlyList<PerformanceThreshold> Thresholds,
    int? Version = null,
    int MinLabelled = PerformanceOptions.DefaultMinLabelled,
    string? PositiveClass = null)
{
    /// <summary>The default minimum of labelled predictions per version.</summary>
    public const int DefaultMinLabelled = 30;

    /// <summary>Throws <see cref="ErrorCode.InvalidParameter"/> naming the field when the options cannot describe a check.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Model))
        {
            throw OspreyException.Invalid("A performance check needs the model's name ('model').");
        }
        if (Window <= TimeSpan.Zero || Bucket <= TimeSpan.Zero || Bucket > Window)
        {
            throw OspreyException.Invalid($"'window' and 'bucket' must be positive durations with the bucket no longer than the window (got window {Window}, bucket {Bucket}).");
        }
        if (Window.Ticks / Bucket.Ticks > 10_000)
        {
            throw OspreyException.Invalid($"A window of {Window} in buckets of {Bucket} makes more than 10,000 buckets; use a larger 'bucket'.");
        }
        if (MinLabelled < 1)
        {
            throw OspreyException.Invalid($"'min_labelled' must be at least 1, got {MinLabelled}.");
        }
    }
}
