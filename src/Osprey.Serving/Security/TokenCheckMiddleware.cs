using Osprey.Core;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Security;

/// <summary>Refuses calls without a valid token (<c>Authorization: Bearer</c>, or Basic with the token as password) except on open endpoints; added only when tokens are required.</summary>
internal sealed class TokenCheckMiddleware(RequestDelegate next, ServingTokens tokens)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<OpenEndpoint>() is null)
        {
            var presented = Presented(http.Request);
            if (presented is null || !await tokens.IsValidAsync(presented, http.RequestAborted))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                await ServingResponses.ErrorAsync(http, 401, ApiErrorCodes.Unauthenticated, presented is null
                    ? "This server requires an API token: send 'Authorization: Bearer <token>'."
                    : "The API token is not valid; create one with 'osprey tokens create NAME' or use OSPREY_TOKEN.");
                return;
            }
        }
        await next(http);
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = header["Bearer ".Length..].Trim();
            return token.Length == 0 ? null : token;
        }
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 && colon < text.Length - 1 ? text[(colon + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
