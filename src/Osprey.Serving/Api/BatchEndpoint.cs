using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Routing;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary>
/// <c>POST /predict/batch</c> and <c>POST /models/&lt;name&gt;/predict/batch</c>: JSON rows or a CSV upload (<c>text/csv</c> or a multipart file),
/// validated row by row, then scored in parallel blocks. The routing key comes from <c>X-Routing-Key</c> or <c>?key=</c>.
/// </summary>
internal sealed class BatchEndpoint(ServingRuntime runtime, ServingApiOptions options, ILogger<BatchEndpoint> log)
{
    private const ServingRoute Route = ServingRoute.PredictBatch;

    /// <summary>Answers <c>/predict/batch</c> (the model from <c>?model=</c>, or the only one served).</summary>
    public Task HandleAsync(HttpContext http) => HandleAsync(http, http.Request.Query["model"].FirstOrDefault());

    /// <summary>Answers <c>/models/&lt;name&gt;/predict/batch</c>.</summary>
    public Task HandleNamedAsync(HttpContext http) => HandleAsync(http, http.Request.RouteValues["name"] as string);

    private async Task HandleAsync(HttpContext http, string? model)
    {
        var started = runtime.Clock.GetTimestamp();
        var deployment = model is null ? runtime.Models.Single : runtime.Models.Find(model);
        if (deployment?.Plan is not { } plan)
        {
            await Unrouted.AnswerAsync(http, runtime, Route, deployment, model ?? "");
            return;
        }
        var version = plan.Choose(RoutingKey.Of(http));
        var id = new ServedRequestId(null, runtime.RequestIds.Next());
        RequestBody.Limit(http, options.MaxBatchBodyBytes);
        EncodedBatch? batch;
        try
        {
            var problem = await BatchBody.ReadAsync(http, version, options.MaxBatchRows, runtime.Log is not null);
            if (problem.Problem is { } invalid)
            {
                Outcomes.Invalid(runtime, version, Route);
                await ServingResponses.ProblemAsync(http, invalid, id.ToString());
                return;
            }
            batch = problem.Batch!;
        }
        catch (BadHttpRequestException error)
        {
            Outcomes.Invalid(runtime, version, Route, error.StatusCode);
            await BodyFailures.AnswerAsync(http, error, options.MaxBatchBodyBytes);
            return;
        }
        id = batch.ClientId is { Length: > 0 and <= 128 } given ? new ServedRequestId(given, 0) : id;
        double[] outputs;
        try
        {
            outputs = version.Model.Predictor.Predict(batch.Matrix);
        }
#pragma warning disable CA1031 // Any scoring failure is answered as a 500 with the request id and counted toward the error rate.
        catch (Exception error)
#pragma warning restore CA1031
        {
            await Outcomes.ScoringFailedAsync(http, runtime, version, Route, id.ToString(), error, log);
            return;
        }
        var decided = Decide(version, outputs, batch.RowCount);
        var latency = runtime.Clock.GetElapsedTime(started);
        Outcomes.Predicted(runtime, version, Route, latency, -1, batch.RowCount);
        Tally(version, decided);
        if (runtime.Log is { } predictionLog && batch.Inputs is { } inputs)
        {
            var role = ReferenceEquals(version, plan.Canary) ? VersionRole.Canary : VersionRole.Stable;
            predictionLog.TryAppend(new PredictionLogEntry(id.ToString(), runtime.Clock.GetUtcNow().ToUnixTimeMilliseconds(), version, role, inputs, outputs, latency.TotalMilliseconds));
        }
        ShadowBatch.Mirror(runtime, plan, version, id.ToString(), batch, log);
        await BatchJson.WriteAsync(http, id, version, outputs, decided, latency.TotalMilliseconds);
    }

    internal static int[] Decide(ServedVersion version, double[] outputs, int rows)
    {
        var decided = new int[rows];
        var width = version.OutputCount;
        for (var r = 0; r < rows; r++)
        {
            decided[r] = version.Decide(outputs.AsSpan(r * width, width));
        }
        return decided;
    }

    internal static void Tally(ServedVersion version, int[] decided)
    {
        Span<long> counts = stackalloc long[Math.Max(1, version.Classes.Count)];
        counts.Clear();
        foreach (var k in decided)
        {
            counts[Math.Max(k, 0)]++;
        }
        for (var k = 0; k < counts.Length; k++)
        {
            version.Metrics.ByClass[k].Add(counts[k]);
        }
    }
}
