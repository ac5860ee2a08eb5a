using Microsoft.Extensions.Logging;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Routing;

namespace Osprey.Serving.Api;

/// <summary>
/// Mirrors a scored batch (<c>/predict/batch</c>, KServe V1 and V2) to the shadow version on the thread pool, after the answer is on its way:
/// measured and logged with role shadow, never returned, and never able to fail or slow the request it copies.
/// </summary>
internal static class ShadowBatch
{
    /// <summary>Starts scoring the batch with the plan's shadow, unless there is none or the shadow itself answered.</summary>
    public static void Mirror(ServingRuntime runtime, TrafficPlan plan, ServedVersion served, string requestId, EncodedBatch batch, ILogger log)
    {
        if (plan.Shadow is not { } shadow || ReferenceEquals(shadow, served))
        {
            return;
        }
        runtime.Background.Run(() => Score(runtime, shadow, served, requestId, batch, log));
    }

    private static void Score(ServingRuntime runtime, ServedVersion shadow, ServedVersion served, string requestId, EncodedBatch batch, ILogger log)
    {
        var started = runtime.Clock.GetTimestamp();
        try
        {
            var matrix = ShadowInputs.For(served, shadow, batch.Matrix);
            if (matrix is null)
            {
                shadow.Metrics.ValidationErrors.Inc();
                return;
            }
            var outputs = shadow.Model.Predictor.Predict(matrix);
            var latency = runtime.Clock.GetElapsedTime(started);
            shadow.Metrics.Latency.Observe(latency.TotalSeconds);
            BatchEndpoint.Tally(shadow, BatchEndpoint.Decide(shadow, outputs, matrix.RowCount));
            if (runtime.Log is { } predictionLog && batch.Inputs is { } inputs)
            {
                predictionLog.TryAppend(new PredictionLogEntry(requestId, runtime.Clock.GetUtcNow().ToUnixTimeMilliseconds(), shadow, VersionRole.Shadow,
                    inputs, outputs, latency.TotalMilliseconds));
            }
        }
#pragma warning disable CA1031 // A shadow's failure is counted and logged; the client already has its answer.
        catch (Exception error)
#pragma warning restore CA1031
        {
            shadow.Metrics.ScoringErrors.Inc();
            log.LogWarning(error, "Shadow version {Version} of {Model} failed to score batch {RequestId}", shadow.Version, shadow.ModelName, requestId);
        }
    }
}
