using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Osprey.Core;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Requests;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary><c>POST /feedback</c>: <c>{"request_id", "label", "row"?}</c> records the true outcome of a served prediction for performance monitoring.</summary>
internal sealed class FeedbackEndpoint(ServingRuntime runtime, ServingApiOptions options)
{
    public async Task HandleAsync(HttpContext http)
    {
        if (runtime.Store is not { } store)
        {
            await ServingResponses.ErrorAsync(http, 503, ApiErrorCodes.TemporarilyUnavailable, "This server has no prediction log store, so it cannot record feedback.");
            return;
        }
        RequestBody.Limit(http, options.MaxBodyBytes);
        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            await ServingResponses.ProblemAsync(http, new FieldProblem("body", "malformed", $"The body is not valid JSON: {error.Message}"), null);
            return;
        }
        catch (BadHttpRequestException error)
        {
            await BodyFailures.AnswerAsync(http, error, options.MaxBodyBytes);
            return;
        }
        if (Read(body, runtime.Clock) is not { } truth)
        {
            await ServingResponses.ProblemAsync(http, Problem(body), null);
            return;
        }
        try
        {
            var logged = await store.RecordGroundTruthAsync(truth, http.RequestAborted);
            await ServingResponses.JsonAsync(http, 200, new { request_id = truth.RequestId, row = truth.Row, label = truth.Label, prediction_logged = logged });
        }
        catch (OspreyException failure)
        {
            await ServingResponses.FailureAsync(http, failure, truth.RequestId);
        }
    }

    private static GroundTruth? Read(JsonElement body, TimeProvider clock)
    {
        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("request_id", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString())
            || !body.TryGetProperty("label", out var label) || Label(label) is not { } text)
        {
            return null;
        }
        var row = 0;
        if (body.TryGetProperty("row", out var given) && (!given.TryGetInt32(out row) || row < 0))
        {
            return null;
        }
        return new GroundTruth(id.GetString()!, row, text, clock.GetUtcNow().ToUnixTimeMilliseconds());
    }

    private static string? Label(JsonElement label) => label.ValueKind switch
    {
        JsonValueKind.String => label.GetString(),
        JsonValueKind.Number => label.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static FieldProblem Problem(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return new FieldProblem("body", "malformed", "The body must be a JSON object such as {\"request_id\": \"…\", \"label\": \"Yes\"}.");
        }
        if (!body.TryGetProperty("request_id", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
        {
            return new FieldProblem("request_id", "missing_field", "'request_id' must be the request id a prediction answered with.");
        }
        if (!body.TryGetProperty("label", out var label) || Label(label) is null)
        {
            return new FieldProblem("label", "missing_field", "'label' must be the true class (text) or the true value (a number).");
        }
        return new FieldProblem("row", "wrong_type", string.Create(CultureInfo.InvariantCulture, $"'row' must be a whole number from 0 (the row within a batch request)."));
    }
}
