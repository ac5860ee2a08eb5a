using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Server.Contracts.Tracking;
using Osprey.Server.Hosting;
using Osprey.Server.Security;
using static Osprey.Server.Api.JsonTypes;

namespace Osprey.Server.Api;

/// <summary>MLflow's proxied artifact service (<c>mlflow-artifacts</c>): what MLflow clients use to upload, list, download and delete files under <c>mlflow-artifacts:/</c> URIs.</summary>
/// <remarks>Paths are relative to the workspace's artifact root; every one is normalised and may not leave it.</remarks>
internal static class ProxiedArtifactEndpoints
{
    public static IEndpointRouteBuilder MapProxiedArtifactsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/artifacts", ListAsync).AllowsPublicRead();
        api.MapGet("/artifacts/{**path}", DownloadAsync).AllowsPublicRead();
        api.MapPut("/artifacts/{**path}", UploadAsync).WithMetadata(LargeBody.Instance);
        api.MapDelete("/artifacts/{**path}", DeleteAsync);
        // Without these, PUT or DELETE on the bare root would fall to the listing route and answer 405.
        api.MapPut("/artifacts", UploadAsync).WithMetadata(LargeBody.Instance);
        api.MapDelete("/artifacts", DeleteAsync);
        return api;
    }

    private static async Task ListAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ArtifactListRequest);
        var entries = await ws.ArtifactStore.ListAsync(ArtifactPath.Normalize(request.Path), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new ListArtifactsResponse(null, entries.ToDto(basenameOnly: true), null), Json.ListArtifactsResponse);
    }

    private static async Task DownloadAsync(HttpContext http, Workspace ws, string? path)
    {
        var relative = ArtifactPath.Normalize(path);
        var content = await ws.ArtifactStore.OpenReadAsync(relative, http.RequestAborted);
        await ArtifactDownload.SendAsync(http, content, relative);
    }

    private static async Task UploadAsync(HttpContext http, Workspace ws, ServerOptions options, string? path)
    {
        var relative = ArtifactPath.Normalize(path);
        await ws.ArtifactStore.WriteAsync(relative, http.Request.Body, options.MaxArtifactBytes, http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task DeleteAsync(HttpContext http, Workspace ws, string? path)
    {
        var relative = ArtifactPath.Normalize(path);
        if (relative.Length == 0)
        {
            throw OspreyException.Invalid("Deleting artifacts needs a path below the artifact root; the root itself cannot be deleted.");
        }
        await ws.ArtifactStore.DeleteAsync(relative, http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }
}
