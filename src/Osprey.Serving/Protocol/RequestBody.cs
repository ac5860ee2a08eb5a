using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Osprey.Serving.Protocol;

/// <summary>Reads a whole request body into the connection's buffer under a size limit.</summary>
internal static class RequestBody
{
    /// <summary>Sets the request's body limit (Kestrel answers a larger body with a 413 <see cref="BadHttpRequestException"/>).</summary>
    public static void Limit(HttpContext http, long maxBytes)
    {
        var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = maxBytes;
        }
    }

    /// <summary>Reads until the body is complete, leaving it unconsumed; the caller parses <see cref="ReadResult.Buffer"/> and then advances past it.</summary>
    public static async ValueTask<ReadResult> ReadAllAsync(PipeReader reader, CancellationToken ct)
    {
        while (true)
        {
            var result = await reader.ReadAsync(ct);
            if (result.IsCompleted || result.IsCanceled)
            {
                return result;
            }
            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }
}
