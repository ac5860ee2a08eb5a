using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.LoggedModels;
using Osprey.Server.Contracts.Registry;
using Osprey.Server.Contracts.Tracking;
using Osprey.Server.Security;
using static Osprey.Server.Api.JsonTypes;

namespace Osprey.Server.Api;

/// <summary>MLflow's model version endpoints: create, get, search, update, stage transition, delete, tags and download URI.</summary>
internal static class ModelVersionEndpoints
{
    public static IEndpointRouteBuilder MapModelVersionsApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/model-versions/create", CreateAsync);
        api.MapGet("/model-versions/get", GetAsync).AllowsPublicRead();
        api.MapGet("/model-versions/search", SearchAsync).AllowsPublicRead();
        api.MapPatch("/model-versions/update", UpdateAsync);
        api.MapPost("/model-versions/transition-stage", TransitionStageAsync);
        api.MapDelete("/model-versions/delete", DeleteAsync);
        api.MapPost("/model-versions/set-tag", SetTagAsync);
        api.MapDelete("/model-versions/delete-tag", DeleteTagAsync);
        api.MapGet("/model-versions/get-download-uri", GetDownloadUriAsync).AllowsPublicRead();
        return api;
    }

    private static async Task CreateAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.CreateModelVersionRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var source = string.IsNullOrEmpty(request.ModelId)
            ? ApiRequest.Required(request.Source, "source")
            : LoggedModelId.Parse(request.ModelId).Uri;
        var version = await ws.Versions.CreateAsync(name, source, request.RunId, request.Description, request.Tags.ToDomain(), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new ModelVersionResponse(version.ToDto()), Json.ModelVersionResponse);
    }

    private static async Task GetAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ModelVersionKeyRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var version = await ws.Versions.GetAsync(name, ApiRequest.Required(request.Version, "version"), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new ModelVersionResponse(version.ToDto()), Json.ModelVersionResponse);
    }

    private static async Task SearchAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RegistrySearchRequest);
        var search = new SearchRequest(request.Filter, request.OrderBy, ViewType.ActiveOnly, ApiRequest.Int32(request.MaxResults, "max_results"), request.PageToken);
        var page = await ws.Versions.SearchAsync(search, http.RequestAborted);
        var versions = page.Items.Count == 0 ? null : page.Items.Select(v => v.ToDto()).ToArray();
        await ApiResponse.WriteAsync(http, new ModelVersionsResponse(versions, page.NextPageToken), Json.ModelVersionsResponse);
    }

    private static async Task UpdateAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.UpdateModelVersionRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var number = ApiRequest.Required(request.Version, "version");
        var version = await ws.Versions.UpdateAsync(name, number, request.Description ?? "", http.RequestAborted);
        await ApiResponse.WriteAsync(http, new ModelVersionResponse(version.ToDto()), Json.ModelVersionResponse);
    }

    /// <summary>Moves a version to a stage; shared with Osprey's endpoint, which also records the request's reason.</summary>
    internal static async Task TransitionStageAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.TransitionStageRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var number = ApiRequest.Required(request.Version, "version");
        var stage = ApiRequest.Required(request.Stage, "stage");
        var archive = ApiRequest.Required(request.ArchiveExistingVersions, "archive_existing_versions");
        var version = await ws.Versions.TransitionStageAsync(name, number, stage, archive, request.Reason, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new ModelVersionResponse(version.ToDto()), Json.ModelVersionResponse);
    }

    private static async Task DeleteAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ModelVersionKeyRequest);
        var name = ApiRequest.Required(request.Name, "name");
        await ws.Versions.DeleteAsync(name, ApiRequest.Required(request.Version, "version"), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task SetTagAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ModelVersionTagRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var number = ApiRequest.Required(request.Version, "version");
        var key = ApiRequest.Required(request.Key, "key");
        await ws.Versions.SetTagAsync(name, number, key, request.Value ?? throw ApiRequest.Missing("value"), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task DeleteTagAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ModelVersionTagRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var number = ApiRequest.Required(request.Version, "version");
        await ws.Versions.DeleteTagAsync(name, number, ApiRequest.Required(request.Key, "key"), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task GetDownloadUriAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ModelVersionKeyRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var uri = await ws.Versions.GetDownloadUriAsync(name, ApiRequest.Required(request.Version, "version"), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new DownloadUriResponse(uri), Json.DownloadUriResponse);
    }
}
