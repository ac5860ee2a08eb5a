using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Server.Contracts.LoggedModels;
using Osprey.Server.Contracts.Tracking;
using Osprey.Server.Security;
using static Osprey.Server.Api.JsonTypes;

namespace Osprey.Server.Api;

/// <summary>MLflow 3's logged model endpoints (create, get, finalize, delete, search, tags, params, artifacts) and <c>runs/outputs</c>.</summary>
/// <remarks>The model id travels in the path; an id repeated in the body is ignored.</remarks>
internal static class LoggedModelEndpoints
{
    // The same prefixes as the rest of MLflow's API (see ApiRoutes).
    private static readonly string[] Prefixes = ["/api/2.0/mlflow", "/ajax-api/2.0/mlflow"];

    public static IEndpointRouteBuilder MapMlflowLoggedModelsApi(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in Prefixes)
        {
            var api = app.MapGroup(prefix);
            api.MapPost("/logged-models", CreateAsync);
            api.MapPost("/logged-models/search", SearchAsync).AllowsPublicRead();
            api.MapGet("/logged-models/{modelId}", GetAsync).AllowsPublicRead();
            api.MapPatch("/logged-models/{modelId}", FinalizeAsync);
            api.MapDelete("/logged-models/{modelId}", DeleteAsync);
            api.MapPatch("/logged-models/{modelId}/tags", SetTagsAsync);
            api.MapDelete("/logged-models/{modelId}/tags/{**tagKey}", DeleteTagAsync);
            api.MapPost("/logged-models/{modelId}/params", LogParamsAsync);
            api.MapGet("/logged-models/{modelId}/artifacts/directories", ListArtifactsAsync).AllowsPublicRead();
            api.MapGet("/logged-models/{modelId}/artifacts/files", DownloadArtifactAsync).AllowsPublicRead();
            api.MapPost("/runs/outputs", LogOutputsAsync);
        }
        return app;
    }

    private static async Task CreateAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.CreateLoggedModelRequest);
        var model = await ws.LoggedModels.CreateAsync(request.ToDomain(), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new LoggedModelResponse(model.ToDto()), Json.LoggedModelResponse);
    }

    private static async Task GetAsync(HttpContext http, Workspace ws, string modelId)
    {
        var request = await ApiRequest.ReadAsync(http, Json.GetLoggedModelRequest);
        var model = await ws.LoggedModels.GetAsync(modelId, request.AllowDeleted ?? false, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new LoggedModelResponse(model.ToDto()), Json.LoggedModelResponse);
    }

    private static async Task FinalizeAsync(HttpContext http, Workspace ws, string modelId)
    {
        var request = await ApiRequest.ReadAsync(http, Json.FinalizeLoggedModelRequest);
        var status = LoggedModelEnumNames.ParseStatus(request.Status);
        var model = await ws.LoggedModels.FinalizeAsync(modelId, status, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new LoggedModelResponse(model.ToDto()), Json.LoggedModelResponse);
    }

    private static async Task DeleteAsync(HttpContext http, Workspace ws, string modelId)
    {
        await ws.LoggedModels.DeleteAsync(modelId, http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task SearchAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.SearchLoggedModelsRequest);
        var page = await ws.LoggedModels.SearchAsync(request.ToSearch(), http.RequestAborted);
        var models = page.Items.Count == 0 ? null : page.Items.Select(m => m.ToDto()).ToArray();
        await ApiResponse.WriteAsync(http, new SearchLoggedModelsResponse(models, page.NextPageToken), Json.SearchLoggedModelsResponse);
    }

    private static async Task SetTagsAsync(HttpContext http, Workspace ws, string modelId)
    {
        var request = await ApiRequest.ReadAsync(http, Json.SetLoggedModelTagsRequest);
        await ws.LoggedModels.SetTagsAsync(modelId, request.Tags.ToDomain(), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task DeleteTagAsync(HttpContext http, Workspace ws, string modelId, string tagKey)
    {
        await ws.LoggedModels.DeleteTagAsync(modelId, tagKey, http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task LogParamsAsync(HttpContext http, Workspace ws, string modelId)
    {
        var request = await ApiRequest.ReadAsync(http, Json.LogLoggedModelParamsRequest);
        await ws.LoggedModels.LogParamsAsync(modelId, request.Params.ToDomain(), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task ListArtifactsAsync(HttpContext http, Workspace ws, string modelId)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ListLoggedModelArtifactsRequest);
        var listing = await ws.LoggedModels.ListArtifactsAsync(modelId, request.ArtifactDirectoryPath, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new ListArtifactsResponse(listing.RootUri, listing.Files.ToDto(), null), Json.ListArtifactsResponse);
    }

    private static async Task DownloadArtifactAsync(HttpContext http, Workspace ws, string modelId)
    {
        var request = await ApiRequest.ReadAsync(http, Json.LoggedModelArtifactFileRequest);
        var path = ApiRequest.Required(request.ArtifactFilePath, "artifact_file_path");
        var content = await ws.LoggedModels.OpenArtifactAsync(modelId, path, http.RequestAborted);
        await ArtifactDownload.SendAsync(http, content, path);
    }

    private static async Task LogOutputsAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.LogOutputsRequest);
        var runId = ApiRequest.Required(request.RunId, "run_id");
        await ws.LoggedModels.LogOutputsAsync(runId, request.Models.ToDomain(), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }
}
