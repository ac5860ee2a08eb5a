using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Osprey.Server.Api;

/// <summary>Caps each request body: the JSON limit for API calls, the artifact limit for endpoints marked with <see cref="LargeBody"/>.</summary>
internal sealed class BodySizeLimitMiddleware(RequestDelegate next, long maxJsonBytes, long maxArtifactBytes)
{
    public Task InvokeAsync(HttpContext http)
    {
        var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            var large = http.GetEndpoint()?.Metadata.GetMetadata<LargeBody>() is not null;
            feature.MaxRequestBodySize = large ? maxArtifactBytes : maxJsonBytes;
        }
        return next(http);
    }
}
