using Osprey.Core;
using Microsoft.AspNetCore.Http;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Releases;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary><c>GET /models</c> and <c>GET /models/&lt;name&gt;</c>: what each model expects (features, types, categories) and which versions serve it.</summary>
internal sealed class ModelEndpoints(ServingRuntime runtime)
{
    public Task ListAsync(HttpContext http) =>
        ServingResponses.JsonAsync(http, 200, new { models = runtime.Models.All.Select(DeploymentStatus.Of).ToArray() });

    public Task SchemaAsync(HttpContext http)
    {
        var name = http.Request.RouteValues["name"] as string ?? "";
        var deployment = runtime.Models.Find(name);
        if (deployment?.Plan is not { } plan)
        {
            return deployment is null
                ? ServingResponses.ErrorAsync(http, 404, ApiErrorCodes.ResourceDoesNotExist, $"This server does not serve a model named '{name}'.")
                : ServingResponses.ErrorAsync(http, 503, ApiErrorCodes.TemporarilyUnavailable, $"'{name}' has no loaded version yet.");
        }
        var schema = plan.Stable.Schema;
        return ServingResponses.JsonAsync(http, 200, new
        {
            schema.Name,
            schema.Version,
            schema.Task,
            schema.Features,
            schema.Classes,
            schema.Outputs,
            schema.MissingValues,
            schema.UnseenCategories,
            deployment = DeploymentStatus.Of(deployment),
            candidates = plan.Members.Skip(1).Select(m => new { role = m.Role.ToString().ToLowerInvariant(), schema = m.Version.Schema }).ToArray(),
            example = new { features = schema.Features.ToDictionary(f => f.Name, Example) },
        });
    }

    private static object Example(FeatureSchema feature) => feature.Type switch
    {
        "categorical" => feature.Categories is { Count: > 0 } known ? known[0] : "",
        "boolean" => false,
        "datetime" => "2024-01-31",
        _ => 0,
    };
}
