using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Osprey.Server.Api;

/// <summary>Streams an artifact file to the client with a content type guessed from its extension.</summary>
internal static class ArtifactDownload
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task SendAsync(HttpContext http, Stream content, string path)
    {
        await using (content)
        {
            http.Response.ContentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
            if (content.CanSeek)
            {
                http.Response.ContentLength = content.Length;
            }
            await content.CopyToAsync(http.Response.Body, http.RequestAborted);
        }
    }
}
