using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Server.Contracts.Registry;
using Osprey.Server.Contracts.Tracking;
using Osprey.Server.Security;
using static Osprey.Server.Api.JsonTypes;

namespace Osprey.Server.Api;

/// <summary>Osprey's registry additions under <c>/api/osprey</c>: stage and alias history, the holder at a time, rollback, moves with a reason, lineage and model URI resolution.</summary>
internal static class OspreyRegistryEndpoints
{
    public static IEndpointRouteBuilder MapOspreyRegistryApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/registered-models/history", HistoryAsync).AllowsPublicRead();
        api.MapGet("/registered-models/alias/at", HolderAtAsync).AllowsPublicRead();
        api.MapPost("/registered-models/alias/rollback", RollbackAsync);
        api.MapPost("/registered-models/alias", AliasEndpoints.SetAsync);
        api.MapDelete("/registered-models/alias", AliasEndpoints.DeleteAsync);
        api.MapPost("/model-versions/transition-stage", ModelVersionEndpoints.TransitionStageAsync);
        api.MapGet("/model-versions/lineage", LineageAsync).AllowsPublicRead();
        api.MapGet("/models/resolve", ResolveAsync).AllowsPublicRead();
        return api;
    }

    private static async Task HistoryAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RegistryHistoryRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var events = await ws.Aliases.GetHistoryAsync(name, string.IsNullOrEmpty(request.Alias) ? null : request.Alias, http.RequestAborted);
        var dtos = events.Count == 0 ? null : events.Select(e => e.ToDto()).ToArray();
        await ApiResponse.WriteAsync(http, new RegistryHistoryResponse(dtos), Json.RegistryHistoryResponse);
    }

    private static async Task HolderAtAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.AliasAtRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var alias = ApiRequest.Required(request.Alias, "alias");
        var timestamp = ApiRequest.Required(request.Timestamp, "timestamp");
        var holder = await ws.Aliases.GetHolderAtAsync(name, alias, timestamp, http.RequestAborted);
        var version = holder is { } v ? RegistryMapping.VersionText(v) : null;
        await ApiResponse.WriteAsync(http, new AliasHolderResponse(name, alias, timestamp, version), Json.AliasHolderResponse);
    }

    private static async Task RollbackAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.AliasRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var change = await ws.Aliases.RollbackAsync(name, ApiRequest.Required(request.Alias, "alias"), request.Reason, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new RegistryEventResponse(change.ToDto()), Json.RegistryEventResponse);
    }

    private static async Task LineageAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ModelVersionKeyRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var lineage = await ws.Versions.GetLineageAsync(name, ApiRequest.Required(request.Version, "version"), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new ModelLineageResponse(lineage.Version.ToDto(), lineage.Run?.ToDto()), Json.ModelLineageResponse);
    }

    private static async Task ResolveAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ResolveModelRequest);
        var version = await ws.Versions.ResolveAsync(ApiRequest.Required(request.Uri, "uri"), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new ModelVersionResponse(version.ToDto()), Json.ModelVersionResponse);
    }
}
