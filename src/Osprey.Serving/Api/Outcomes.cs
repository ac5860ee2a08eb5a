using Osprey.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Metrics;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary>Counts how inference requests ended, in the metrics and in the health window, the same way on every route.</summary>
internal static class Outcomes
{
    /// <summary>Counts a successful request of <paramref name="rows"/> rows (the class count only for single rows).</summary>
    public static void Predicted(ServingRuntime runtime, ServedVersion version, ServingRoute route, TimeSpan latency, int decided, int rows = 1)
    {
        var metrics = version.Metrics;
        metrics.Latency.Observe(latency.TotalSeconds);
        if (rows == 1)
        {
            metrics.CountPrediction(decided);
        }
        metrics.Requests(route, 200).Inc();
        runtime.Errors.Record(failed: false);
        runtime.CountPredictions(rows);
    }

    /// <summary>Counts a request refused by validation (a 4xx that does not count as a server failure).</summary>
    public static void Invalid(ServingRuntime runtime, ServedVersion version, ServingRoute route, int status = 400)
    {
        version.Metrics.ValidationErrors.Inc();
        version.Metrics.Requests(route, status).Inc();
        runtime.Errors.Record(failed: false);
    }

    /// <summary>Counts a scoring failure toward the error rate and answers 500 with the request id.</summary>
    public static Task ScoringFailedAsync(HttpContext http, ServingRuntime runtime, ServedVersion version, ServingRoute route, string requestId,
        Exception error, ILogger log)
    {
        version.Metrics.ScoringErrors.Inc();
        version.Metrics.Requests(route, 500).Inc();
        runtime.Errors.Record(failed: true);
        log.LogError(error, "Scoring failed for request {RequestId} on {Model} version {Version}", requestId, version.ModelName, version.Version);
        return ServingResponses.ErrorAsync(http, 500, ApiErrorCodes.InternalError,
            $"Scoring failed inside version {version.Version} of '{version.ModelName}'; the server log has the details under request id {requestId}.",
            requestId: requestId);
    }
}
