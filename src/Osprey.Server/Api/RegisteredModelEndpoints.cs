using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Server.Contracts.Registry;
using Osprey.Server.Contracts.Tracking;
using Osprey.Server.Security;
using static Osprey.Server.Api.JsonTypes;

namespace Osprey.Server.Api;

/// <summary>MLflow's registered model endpoints: create, get, search, rename, update, delete, tags and latest versions per stage.</summary>
internal static class RegisteredModelEndpoints
{
    public static IEndpointRouteBuilder MapRegisteredModelsApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/registered-models/create", CreateAsync);
        api.MapGet("/registered-models/get", GetAsync).AllowsPublicRead();
        api.MapGet("/registered-models/search", SearchAsync).AllowsPublicRead();
        api.MapPost("/registered-models/rename", RenameAsync);
        api.MapPatch("/registered-models/update", UpdateAsync);
        api.MapDelete("/registered-models/delete", DeleteAsync);
        api.MapPost("/registered-models/set-tag", SetTagAsync);
        api.MapDelete("/registered-models/delete-tag", DeleteTagAsync);
        api.MapMethods("/registered-models/get-latest-versions", ["GET", "POST"], GetLatestVersionsAsync).AllowsPublicRead();
        return api;
    }

    private static async Task CreateAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.CreateRegisteredModelRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var model = await ws.Models.CreateAsync(name, request.Description, request.Tags.ToDomain(), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new RegisteredModelResponse(model.ToDto()), Json.RegisteredModelResponse);
    }

    private static async Task GetAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RegisteredModelNameRequest);
        var model = await ws.Models.GetAsync(ApiRequest.Required(request.Name, "name"), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new RegisteredModelResponse(model.ToDto()), Json.RegisteredModelResponse);
    }

    private static async Task SearchAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RegistrySearchRequest);
        var search = new SearchRequest(request.Filter, request.OrderBy, ViewType.ActiveOnly, ApiRequest.Int32(request.MaxResults, "max_results"), request.PageToken);
        var page = await ws.Models.SearchAsync(search, http.RequestAborted);
        var models = page.Items.Count == 0 ? null : page.Items.Select(m => m.ToDto()).ToArray();
        await ApiResponse.WriteAsync(http, new SearchRegisteredModelsResponse(models, page.NextPageToken), Json.SearchRegisteredModelsResponse);
    }

    private static async Task RenameAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RenameRegisteredModelRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var model = await ws.Models.RenameAsync(name, ApiRequest.Required(request.NewName, "new_name"), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new RegisteredModelResponse(model.ToDto()), Json.RegisteredModelResponse);
    }

    private static async Task UpdateAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.UpdateRegisteredModelRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var model = await ws.Models.UpdateAsync(name, request.Description ?? "", http.RequestAborted);
        await ApiResponse.WriteAsync(http, new RegisteredModelResponse(model.ToDto()), Json.RegisteredModelResponse);
    }

    private static async Task DeleteAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RegisteredModelNameRequest);
        await ws.Models.DeleteAsync(ApiRequest.Required(request.Name, "name"), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task SetTagAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RegisteredModelTagRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var key = ApiRequest.Required(request.Key, "key");
        await ws.Models.SetTagAsync(name, key, request.Value ?? throw ApiRequest.Missing("value"), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task DeleteTagAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RegisteredModelTagRequest);
        var name = ApiRequest.Required(request.Name, "name");
        await ws.Models.DeleteTagAsync(name, ApiRequest.Required(request.Key, "key"), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task GetLatestVersionsAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.GetLatestVersionsRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var versions = await ws.Models.GetLatestVersionsAsync(name, request.Stages, http.RequestAborted);
        var dtos = versions.Count == 0 ? null : versions.Select(v => v.ToDto()).ToArray();
        await ApiResponse.WriteAsync(http, new ModelVersionsResponse(dtos), Json.ModelVersionsResponse);
    }
}
