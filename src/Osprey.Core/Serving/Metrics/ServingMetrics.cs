namespace Osprey.Core.Serving.Metrics;

/// <summary>The serving metric families: requests, latency, predictions by class, errors, loaded versions, canary share and reloads.</summary>
public sealed class ServingMetrics
{
    private static readonly double[] LatencyBounds =
        [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

    /// <summary>Registers the serving families (and the process ones) in a registry.</summary>
    public ServingMetrics(MetricRegistry registry)
    {
        Registry = registry;
        Requests = registry.Counter("model_requests_total", "Inference requests answered, by model, version, route and HTTP status.", "model", "version", "route", "status");
        Latency = registry.Histogram("model_prediction_latency_seconds", "Time from receiving a request to having its predictions, in seconds.", LatencyBounds, "model", "version");
        Predictions = registry.Counter("model_predictions_total", "Rows predicted, by model, version and predicted class (empty for regression).", "model", "version", "class");
        Errors = registry.Counter("model_errors_total", "Requests that failed, by model, version and kind (validation: 4xx; scoring: 5xx).", "model", "version", "kind");
        VersionInfo = registry.Gauge("model_version_info", "1 for each loaded model version, with its role: stable, canary or shadow.", "model", "version", "role");
        CanaryPercent = registry.Gauge("model_canary_traffic_percent", "Share of a model's traffic routed to its canary version, in percent.", "model");
        Reloads = registry.Counter("model_reloads_total", "Hot reloads after the followed alias, stage or latest version moved in the registry, by outcome: loaded or failed.", "model", "outcome");
        Unrouted = new VersionMetrics(this, "", "", []);
        ProcessMetrics.Register(registry);
    }

    /// <summary>Gets the registry the families live in.</summary>
    public MetricRegistry Registry { get; }

    /// <summary>Gets the series of requests that reached no model (an unknown model name), labelled with empty model and version.</summary>
    public VersionMetrics Unrouted { get; }

    internal LabelledFamily<Counter> Requests { get; }

    internal LabelledFamily<Histogram> Latency { get; }

    internal LabelledFamily<Counter> Predictions { get; }

    internal LabelledFamily<Counter> Errors { get; }

    internal LabelledFamily<Gauge> VersionInfo { get; }

    internal LabelledFamily<Gauge> CanaryPercent { get; }

    internal LabelledFamily<Counter> Reloads { get; }

    /// <summary>Creates (or finds) the series of one model version.</summary>
    public VersionMetrics ForVersion(string model, string version, IReadOnlyList<string> classes) => new(this, model, version, classes);

    /// <summary>Counts a load after start: <c>loaded</c> or <c>failed</c>.</summary>
    public void CountReload(string model, bool succeeded) => Reloads.WithLabels(model, succeeded ? "loaded" : "failed").Inc();

    /// <summary>Replaces a model's loaded-version and canary-share series with those of its current traffic plan.</summary>
    public void Describe(string model, IReadOnlyList<(string Version, string Role)> before, IReadOnlyList<(string Version, string Role)> now, double canaryPercent)
    {
        foreach (var (version, role) in before)
        {
            VersionInfo.Remove(model, version, role);
        }
        foreach (var (version, role) in now)
        {
            VersionInfo.WithLabels(model, version, role).Set(1);
        }
        CanaryPercent.WithLabels(model).Set(canaryPercent);
    }
}
