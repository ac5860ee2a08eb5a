using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Server.Contracts.Registry;
using Osprey.Server.Contracts.Tracking;
using Osprey.Server.Security;
using static Osprey.Server.Api.JsonTypes;

namespace Osprey.Server.Api;

/// <summary>Run artifact listing (<c>artifacts/list</c>) and the UI's file downloads (<c>/get-artifact</c>, <c>/model-versions/get-artifact</c>).</summary>
internal static class ArtifactEndpoints
{
    public static IEndpointRouteBuilder MapRunArtifactsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/artifacts/list", ListAsync).AllowsPublicRead();
        return api;
    }

    public static IEndpointRouteBuilder MapArtifactDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/get-artifact", GetRunArtifactAsync).AllowsPublicRead();
        app.MapGet("/model-versions/get-artifact", GetModelVersionArtifactAsync).AllowsPublicRead();
        return app;
    }

    private static async Task ListAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ListArtifactsRequest);
        var runId = ApiRequest.RunId(request.RunId, request.RunUuid);
        var run = await ws.Runs.GetAsync(runId, http.RequestAborted);
        var entries = await ws.RunArtifacts.ListAsync(runId, request.Path, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new ListArtifactsResponse(run.Info.ArtifactUri, entries.ToDto(), null), Json.ListArtifactsResponse);
    }

    private static async Task GetRunArtifactAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ListArtifactsRequest);
        var runId = ApiRequest.RunId(request.RunId, request.RunUuid);
        var path = ApiRequest.Required(request.Path, "path");
        var content = await ws.RunArtifacts.OpenReadAsync(runId, path, http.RequestAborted);
        await ArtifactDownload.SendAsync(http, content, path);
    }

    private static async Task GetModelVersionArtifactAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ModelVersionArtifactRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var version = ApiRequest.Required(request.Version, "version");
        var path = ApiRequest.Required(request.Path, "path");
        var root = ArtifactUri.ToPath(await ws.Versions.GetDownloadUriAsync(name, version, http.RequestAborted));
        var content = await ws.ArtifactStore.OpenReadAsync(ArtifactPath.Combine(root, path), http.RequestAborted);
        await ArtifactDownload.SendAsync(http, content, path);
    }
}
