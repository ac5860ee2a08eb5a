using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Releases;
using Osprey.Core.Serving.Routing;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary>
/// <c>POST /predict</c> and <c>POST /models/&lt;name&gt;/predict</c>: one row in, one prediction out. The hot path: the body is parsed in the
/// connection's buffer, scratch buffers are pooled, metrics are pre-resolved counters, and the prediction log only takes a reference.
/// </summary>
internal sealed class PredictEndpoint(ServingRuntime runtime, ServingApiOptions options, ILogger<PredictEndpoint> log)
{
    private const ServingRoute Route = ServingRoute.Predict;

    /// <summary>Answers <c>/predict</c>: the model comes from the body's <c>model</c>, or is the only one served.</summary>
    public Task HandleAsync(HttpContext http) => HandleAsync(http, null);

    /// <summary>Answers <c>/models/&lt;name&gt;/predict</c>.</summary>
    public Task HandleNamedAsync(HttpContext http) => HandleAsync(http, http.Request.RouteValues["name"] as string);

    private async Task HandleAsync(HttpContext http, string? routeModel)
    {
        var started = runtime.Clock.GetTimestamp();
        RequestBody.Limit(http, options.MaxBodyBytes);
        var reader = http.Request.BodyReader;
        ReadResult body;
        try
        {
            body = await RequestBody.ReadAllAsync(reader, http.RequestAborted);
        }
        catch (BadHttpRequestException error)
        {
            runtime.Metrics.Unrouted.Requests(Route, error.StatusCode).Inc();
            await BodyFailures.AnswerAsync(http, error, options.MaxBodyBytes);
            return;
        }
        var scratch = PredictScratch.Pool.Get();
        try
        {
            await AnswerAsync(http, scratch, body.Buffer, routeModel, started);
        }
        finally
        {
            reader.AdvanceTo(body.Buffer.End);
            PredictScratch.Pool.Return(scratch);
        }
    }

    private async Task AnswerAsync(HttpContext http, PredictScratch scratch, ReadOnlySequence<byte> body, string? routeModel, long started)
    {
        var problem = PredictRequestParser.Parse(body, scratch);
        var deployment = routeModel is not null ? runtime.Models.Find(routeModel)
            : scratch.Model.IsEmpty ? runtime.Models.Single : runtime.Models.Find(scratch.Model);
        if (deployment?.Plan is not { } plan)
        {
            await Unrouted.AnswerAsync(http, runtime, Route, deployment, routeModel ?? scratch.Model.ToString());
            return;
        }
        var version = plan.Choose(scratch.Key);
        var id = new ServedRequestId(scratch.ClientId ?? ClientHeader(http), scratch.ClientId is null ? runtime.RequestIds.Next() : 0);
        var features = scratch.FeatureSpan(version.FeatureCount);
        if ((problem ?? version.Encoder.Encode(scratch.Row, features)) is { } invalid)
        {
            Outcomes.Invalid(runtime, version, Route);
            await ServingResponses.ProblemAsync(http, invalid, id.ToString());
            return;
        }
        var outputs = scratch.OutputSpan(version.OutputCount);
        try
        {
            version.Model.Predictor.PredictRow(features, outputs);
        }
#pragma warning disable CA1031 // Any scoring failure is answered as a 500 with the request id and counted toward the error rate.
        catch (Exception error)
#pragma warning restore CA1031
        {
            await Outcomes.ScoringFailedAsync(http, runtime, version, Route, id.ToString(), error, log);
            return;
        }
        var decided = version.Decide(outputs);
        var latency = runtime.Clock.GetElapsedTime(started);
        Outcomes.Predicted(runtime, version, Route, latency, decided);
        if (runtime.Log is { } predictionLog)
        {
            Record(predictionLog, id, runtime.Clock.GetUtcNow().ToUnixTimeMilliseconds(), version, VersionRole(plan, version), body, scratch, outputs, latency.TotalMilliseconds);
        }
        PredictionJson.Write(scratch.StartResponse(), id, version, outputs, decided, latency.TotalMilliseconds);
        await ServingResponses.SendAsync(http, 200, scratch.Output.WrittenMemory);
        if (plan.Shadow is { } shadow)
        {
            ShadowScoring.Score(runtime, shadow, id, scratch, body, log);
        }
    }

    private static string? ClientHeader(HttpContext http)
    {
        var header = http.Request.Headers[ServedRequestId.Header];
        return header.Count == 1 && header[0] is { Length: > 0 and <= 128 } given ? given : null;
    }

    private static VersionRole VersionRole(TrafficPlan plan, ServedVersion version) =>
        ReferenceEquals(version, plan.Canary) ? Core.Serving.Routing.VersionRole.Canary : Core.Serving.Routing.VersionRole.Stable;

    internal static void Record(PredictionLogWriter predictionLog, ServedRequestId id, long timestamp, ServedVersion version, VersionRole role,
        ReadOnlySequence<byte> body, PredictScratch scratch, ReadOnlySpan<double> outputs, double latencyMs)
    {
        var features = body.Slice(scratch.FeaturesStart, scratch.FeaturesEnd - scratch.FeaturesStart);
        // A row that spans the body's memory segments (rare: a body of several kilobytes) is copied into one piece.
        predictionLog.TryAppendRow(id.Given, id.Number, timestamp, version, role, features.IsSingleSegment ? features.FirstSpan : features.ToArray(),
            outputs, latencyMs);
    }
}
