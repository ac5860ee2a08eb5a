using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Server.Contracts.Registry;
using Osprey.Server.Security;
using static Osprey.Server.Api.JsonTypes;

namespace Osprey.Server.Api;

/// <summary>MLflow's alias endpoints on <c>registered-models/alias</c>: set (POST), delete (DELETE) and get the version (GET).</summary>
/// <remarks>The set and delete handlers also serve Osprey's alias endpoints, which record the request's reason in the history.</remarks>
internal static class AliasEndpoints
{
    public static IEndpointRouteBuilder MapAliasesApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/registered-models/alias", SetAsync);
        api.MapDelete("/registered-models/alias", DeleteAsync);
        api.MapGet("/registered-models/alias", GetAsync).AllowsPublicRead();
        return api;
    }

    internal static async Task SetAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.AliasRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var alias = ApiRequest.Required(request.Alias, "alias");
        var version = ApiRequest.Required(request.Version, "version");
        await ws.Aliases.SetAsync(name, alias, version, request.Reason, http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    internal static async Task DeleteAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.AliasRequest);
        var name = ApiRequest.Required(request.Name, "name");
        await ws.Aliases.DeleteAsync(name, ApiRequest.Required(request.Alias, "alias"), request.Reason, http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task GetAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.AliasRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var version = await ws.Aliases.GetVersionAsync(name, ApiRequest.Required(request.Alias, "alias"), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new ModelVersionResponse(version.ToDto()), Json.ModelVersionResponse);
    }
}
