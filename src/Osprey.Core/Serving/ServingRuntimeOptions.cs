using Osprey.Core.Serving.Health;
using Osprey.Core.Serving.Releases;

namespace Osprey.Core.Serving;

/// <summary>How a serving runtime behaves: its clock, how often it reads the registry, when it is unhealthy, and validation overrides.</summary>
public sealed record ServingRuntimeOptions(TimeProvider Clock)
{
    /// <summary>Gets how often the registry is read for moved aliases and stages (zero stops following).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets when the server reports itself unhealthy.</summary>
    public HealthRule Health { get; init; } = HealthRule.Default;

    /// <summary>Gets how long logged predictions and ground truth are kept (null keeps them forever).</summary>
    public TimeSpan? LogRetention { get; init; } = Predictions.PredictionLogRetention.DefaultRetention;

    /// <summary>Gets how often serving appends its health to the workspace's series, when the runtime has a series store.</summary>
    public TimeSpan SeriesInterval { get; init; } = Series.ServingSeriesRecorder.DefaultInterval;

    /// <summary>Gets the server-wide validation choices that override each model's own.</summary>
    public ValidationOverrides Validation { get; init; } = new();
}
