using System.Buffers;
using Microsoft.Extensions.Logging;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Routing;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary>Scores a copy of an answered request with the shadow version: measured and logged, never returned, and never able to fail the request.</summary>
internal static class ShadowScoring
{
    public static void Score(ServingRuntime runtime, ServedVersion shadow, ServedRequestId id, PredictScratch scratch, ReadOnlySequence<byte> body, ILogger log)
    {
        var started = runtime.Clock.GetTimestamp();
        var features = scratch.FeatureSpan(shadow.FeatureCount);
        if (shadow.Encoder.Encode(scratch.Row, features) is not null)
        {
            shadow.Metrics.ValidationErrors.Inc();
            return;
        }
        var outputs = scratch.OutputSpan(shadow.OutputCount);
        try
        {
            shadow.Model.Predictor.PredictRow(features, outputs);
        }
#pragma warning disable CA1031 // A shadow's failure is counted and logged; the client already has its answer.
        catch (Exception error)
#pragma warning restore CA1031
        {
            shadow.Metrics.ScoringErrors.Inc();
            log.LogWarning(error, "Shadow version {Version} of {Model} failed to score request {RequestId}", shadow.Version, shadow.ModelName, id.ToString());
            return;
        }
        var latency = runtime.Clock.GetElapsedTime(started);
        shadow.Metrics.Latency.Observe(latency.TotalSeconds);
        shadow.Metrics.CountPrediction(shadow.Decide(outputs));
        if (runtime.Log is { } predictionLog)
        {
            PredictEndpoint.Record(predictionLog, id, runtime.Clock.GetUtcNow().ToUnixTimeMilliseconds(), shadow, VersionRole.Shadow,
                body, scratch, outputs, latency.TotalMilliseconds);
        }
    }
}
