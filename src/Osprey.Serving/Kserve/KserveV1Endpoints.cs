using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Routing;
using Osprey.Serving.Api;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Kserve;

/// <summary>
/// KServe's V1 protocol: <c>GET /v1/models</c>, <c>GET /v1/models/&lt;name&gt;</c> and <c>POST /v1/models/&lt;name&gt;:predict</c> with
/// <c>{"instances": [...]}</c>, answered with <c>{"predictions": [...]}</c> (class labels for classifiers, values for regression, as KServe's sklearn server).
/// </summary>
internal sealed class KserveV1Endpoints(ServingRuntime runtime, ServingApiOptions options, ILogger<KserveV1Endpoints> log)
{
    private const ServingRoute Route = ServingRoute.V1Predict;

    public Task ListAsync(HttpContext http) =>
        ServingResponses.JsonAsync(http, 200, new { models = runtime.Models.All.Select(d => d.Name).ToArray() });

    public Task ModelAsync(HttpContext http)
    {
        var name = http.Request.RouteValues["name"] as string ?? "";
        var deployment = runtime.Models.Find(name);
        return deployment is null
            ? KserveErrors.WriteAsync(http, 404, $"Model with name {name} does not exist.")
            : ServingResponses.JsonAsync(http, 200, new { name, ready = deployment.Plan is not null });
    }

    public async Task PredictAsync(HttpContext http)
    {
        var started = runtime.Clock.GetTimestamp();
        var name = http.Request.RouteValues["name"] as string ?? "";
        var deployment = runtime.Models.Find(name);
        if (deployment?.Plan is not { } plan)
        {
            runtime.Metrics.Unrouted.Requests(Route, deployment is null ? 404 : 503).Inc();
            await KserveErrors.WriteAsync(http, deployment is null ? 404 : 503, deployment is null ? $"Model with name {name} does not exist." : $"Model {name} is not ready.");
            return;
        }
        var version = plan.Choose(RoutingKey.Of(http));
        RequestBody.Limit(http, options.MaxBatchBodyBytes);
        (Core.Serving.Requests.FieldProblem? Problem, EncodedBatch? Batch) read;
        try
        {
            read = await BatchBody.ReadAsync(http, version, options.MaxBatchRows, runtime.Log is not null);
        }
        catch (BadHttpRequestException error)
        {
            Outcomes.Invalid(runtime, version, Route, error.StatusCode);
            await KserveErrors.WriteAsync(http, error.StatusCode, error.Message);
            return;
        }
        if (read.Problem is { } problem)
        {
            Outcomes.Invalid(runtime, version, Route);
            await KserveErrors.WriteAsync(http, 400, problem.Message);
            return;
        }
        var batch = read.Batch!;
        var id = batch.ClientId ?? RequestIdSource.Format(runtime.RequestIds.Next());
        double[] outputs;
        try
        {
            outputs = version.Model.Predictor.Predict(batch.Matrix);
        }
#pragma warning disable CA1031 // Any scoring failure is answered as a 500 and counted toward the error rate.
        catch (Exception error)
#pragma warning restore CA1031
        {
            await Outcomes.ScoringFailedAsync(http, runtime, version, Route, id, error, log);
            return;
        }
        var decided = BatchEndpoint.Decide(version, outputs, batch.RowCount);
        var latency = runtime.Clock.GetElapsedTime(started);
        Outcomes.Predicted(runtime, version, Route, latency, -1, batch.RowCount);
        BatchEndpoint.Tally(version, decided);
        if (runtime.Log is { } predictionLog && batch.Inputs is { } inputs)
        {
            var role = ReferenceEquals(version, plan.Canary) ? VersionRole.Canary : VersionRole.Stable;
            predictionLog.TryAppend(new PredictionLogEntry(id, runtime.Clock.GetUtcNow().ToUnixTimeMilliseconds(), version, role, inputs, outputs, latency.TotalMilliseconds));
        }
        ShadowBatch.Mirror(runtime, plan, version, id, batch, log);
        object[] predictions = version.Classes.Count > 0
            ? decided.Select(k => (object)version.Classes[k]).ToArray()
            : Enumerable.Range(0, batch.RowCount).Select(r => (object)outputs[r * version.OutputCount]).ToArray();
        await ServingResponses.JsonAsync(http, 200, new { predictions });
    }
}
