using Osprey.Core;
using Microsoft.AspNetCore.Http;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Releases;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary>Answers requests that reach no loaded version: an unknown or unnamed model (404/400), or one still loading (503).</summary>
internal static class Unrouted
{
    public static Task AnswerAsync(HttpContext http, ServingRuntime runtime, ServingRoute route, ModelDeployment? deployment, string requested)
    {
        var served = string.Join(", ", runtime.Models.All.Select(d => $"'{d.Name}'"));
        if (deployment is not null)
        {
            runtime.Metrics.Unrouted.Requests(route, 503).Inc();
            return ServingResponses.ErrorAsync(http, 503, ApiErrorCodes.TemporarilyUnavailable,
                $"'{deployment.Name}' has no loaded version yet{(deployment.LastError is { } why ? $" ({why})" : "")}; /ready answers 200 once it has.");
        }
        if (requested.Length == 0)
        {
            runtime.Metrics.Unrouted.Requests(route, 400).Inc();
            return ServingResponses.ErrorAsync(http, 400, ApiErrorCodes.InvalidParameterValue,
                $"This server serves several models ({served}); name one with \"model\" in the body or POST /models/<name>/predict.",
                new Core.Serving.Requests.FieldProblem("model", "missing_field", "name the model"));
        }
        runtime.Metrics.Unrouted.Requests(route, 404).Inc();
        return ServingResponses.ErrorAsync(http, 404, ApiErrorCodes.ResourceDoesNotExist,
            $"This server does not serve a model named '{requested}'; it serves {served}.");
    }
}
