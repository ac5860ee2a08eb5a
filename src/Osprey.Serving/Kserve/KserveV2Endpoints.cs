using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Routing;
using Osprey.Serving.Api;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Kserve;

/// <summary>The Open Inference Protocol (KServe V2) over HTTP: server and model metadata, liveness and readiness, and <c>infer</c>.</summary>
internal sealed class KserveV2Endpoints(ServingRuntime runtime, ServingApiOptions options, ILogger<KserveV2Endpoints> log)
{
    private const ServingRoute Route = ServingRoute.V2Infer;
    private static readonly string ServerVersion = typeof(KserveV2Endpoints).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static Task ServerAsync(HttpContext http) =>
        ServingResponses.JsonAsync(http, 200, new { name = "osprey", version = ServerVersion, extensions = Array.Empty<string>() });

    public static Task LiveAsync(HttpContext http) => ServingResponses.JsonAsync(http, 200, new { live = true });

    public Task ReadyAsync(HttpContext http) =>
        ServingResponses.JsonAsync(http, runtime.Models.AllLoaded ? 200 : 503, new { ready = runtime.Models.AllLoaded });

    public Task ModelAsync(HttpContext http) => Find(http, out var plan, out var version) is { } missing
        ? KserveErrors.WriteAsync(http, 404, missing)
        : ServingResponses.JsonAsync(http, 200, V2Metadata.Of(version!.ModelName, plan!.Members.Select(m => m.Version), version));

    public Task ModelReadyAsync(HttpContext http) => Find(http, out _, out var version) is { } missing
        ? KserveErrors.WriteAsync(http, 404, missing)
        : ServingResponses.JsonAsync(http, 200, new { name = version!.ModelName, ready = true });

    public async Task InferAsync(HttpContext http)
    {
        var started = runtime.Clock.GetTimestamp();
        if (Find(http, out var plan, out var version) is { } missing)
        {
            runtime.Metrics.Unrouted.Requests(Route, 404).Inc();
            await KserveErrors.WriteAsync(http, 404, missing);
            return;
        }
        RequestBody.Limit(http, options.MaxBatchBodyBytes);
        EncodedBatch? batch;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            if (V2Inputs.Read(document.RootElement, version!, options.MaxBatchRows, runtime.Log is not null, out batch) is { } problem)
            {
                Outcomes.Invalid(runtime, version!, Route);
                await KserveErrors.WriteAsync(http, 400, problem.Message);
                return;
            }
        }
        catch (Exception error) when (error is JsonException or BadHttpRequestException)
        {
            var status = (error as BadHttpRequestException)?.StatusCode ?? 400;
            Outcomes.Invalid(runtime, version!, Route, status);
            await KserveErrors.WriteAsync(http, status, error is JsonException ? $"The body is not valid JSON: {error.Message}" : error.Message);
            return;
        }
        await ScoreAsync(http, plan!, version!, batch!, started);
    }

    private async Task ScoreAsync(HttpContext http, TrafficPlan plan, ServedVersion version, EncodedBatch batch, long started)
    {
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
            var role = ReferenceEquals(version, plan.Canary) ? VersionRole.Canary : ReferenceEquals(version, plan.Shadow) ? VersionRole.Shadow : VersionRole.Stable;
            predictionLog.TryAppend(new PredictionLogEntry(id, runtime.Clock.GetUtcNow().ToUnixTimeMilliseconds(), version, role, inputs, outputs, latency.TotalMilliseconds));
        }
        if (http.Request.RouteValues["version"] is null)
        {
            // A request naming a version targets it alone; only routed requests are mirrored.
            ShadowBatch.Mirror(runtime, plan, version, id, batch, log);
        }
        await ServingResponses.JsonAsync(http, 200, new { model_name = version.ModelName, model_version = version.VersionText, id, outputs = V2Outputs.Of(version, outputs, decided) });
    }

    private string? Find(HttpContext http, out TrafficPlan? plan, out ServedVersion? version)
    {
        var name = http.Request.RouteValues["name"] as string ?? "";
        plan = runtime.Models.Find(name)?.Plan;
        version = null;
        if (plan is null)
        {
            return runtime.Models.Find(name) is null ? $"Model with name {name} does not exist." : $"Model {name} is not ready.";
        }
        if (http.Request.RouteValues["version"] is not string wanted)
        {
            version = plan.Choose(RoutingKey.Of(http));
            return null;
        }
        version = int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? plan.Find(number) : null;
        return version is null ? $"Model {name} version {wanted} is not loaded; loaded: {string.Join(", ", plan.Members.Select(m => m.Version.VersionText))}." : null;
    }
}
