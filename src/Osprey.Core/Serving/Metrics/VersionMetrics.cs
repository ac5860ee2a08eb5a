using System.Collections.Concurrent;
using System.Globalization;

namespace Osprey.Core.Serving.Metrics;

/// <summary>The metric series of one served model version, looked up once so the request path only increments them.</summary>
public sealed class VersionMetrics
{
    private static readonly string[] RouteNames = ["predict", "predict_batch", "v1_predict", "v2_infer"];
    private readonly LabelledFamily<Counter> _requests;
    private readonly string _model;
    private readonly string _version;
    private readonly ConcurrentDictionary<int, Counter> _requestCounters = new();

    internal VersionMetrics(ServingMetrics families, string model, string version, IReadOnlyList<string> classes)
    {
        _requests = families.Requests;
        _model = model;
        _version = version;
        Latency = families.Latency.WithLabels(model, version);
        ByClass = classes.Count == 0
            ? [families.Predictions.WithLabels(model, version, "")]
            : classes.Select(c => families.Predictions.WithLabels(model, version, c)).ToArray();
        ValidationErrors = families.Errors.WithLabels(model, version, "validation");
        ScoringErrors = families.Errors.WithLabels(model, version, "scoring");
    }

    /// <summary>Gets the prediction latency histogram (seconds).</summary>
    public Histogram Latency { get; }

    /// <summary>Gets the prediction counters by predicted class index (one counter for regression).</summary>
    public IReadOnlyList<Counter> ByClass { get; }

    /// <summary>Gets the counter of requests refused by validation.</summary>
    public Counter ValidationErrors { get; }

    /// <summary>Gets the counter of scoring failures (answered 500).</summary>
    public Counter ScoringErrors { get; }

    /// <summary>Returns the request counter for a route and HTTP status, creating it at first use.</summary>
    public Counter Requests(ServingRoute route, int status) =>
        _requestCounters.TryGetValue(((int)route << 16) | status, out var counter) ? counter : Create(route, status);

    /// <summary>Counts one prediction of a class index (or of a regression value when <paramref name="classIndex"/> is negative).</summary>
    public void CountPrediction(int classIndex) => ByClass[classIndex < 0 ? 0 : classIndex].Inc();

    private Counter Create(ServingRoute route, int status) =>
        _requestCounters.GetOrAdd(((int)route << 16) | status,
            _ => _requests.WithLabels(_model, _version, RouteNames[(int)route], status.ToString(CultureInfo.InvariantCulture)));
}
