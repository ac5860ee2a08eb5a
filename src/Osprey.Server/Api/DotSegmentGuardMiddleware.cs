using Osprey.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Osprey.Server.Contracts;

namespace Osprey.Server.Api;

/// <summary>Rejects request paths with '..' segments, plain or percent-encoded, before the server would silently resolve them.</summary>
/// <remarks>Kestrel folds <c>a/../b</c> into <c>b</c> before routing, so an escaping artifact path would otherwise reach another route unnoticed.</remarks>
internal sealed class DotSegmentGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (raw.AsSpan().IndexOfAny('.', '%') < 0)
        {
            // No dot and no escape: nothing to inspect, which is every hot-path API call.
            return next(http);
        }
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(query >= 0 ? raw[..query] : raw);
        foreach (var segment in path.Split('/', '\\'))
        {
            if (segment == "..")
            {
                return ApiResponse.ErrorAsync(http, StatusCodes.Status400BadRequest, ApiErrorCodes.InvalidParameterValue,
                    $"The request path '{path}' contains a '..' segment; paths may not leave their folder.");
            }
        }
        return next(http);
    }
}
