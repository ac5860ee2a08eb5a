using Osprey.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Osprey.Core.Security;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Security;

/// <summary>Refuses calls without a valid token (<c>Authorization: Bearer</c>, or Basic with the token as password) except on open endpoints; added only when tokens are required.</summary>
internal sealed class TokenCheckMiddleware(RequestDelegate next, TokenVerifier tokens)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<OpenEndpoint>() is null)
        {
            var presented = PresentedToken.FromAuthorization(http.Request.Headers[HeaderNames.Authorization].ToString());
            if (presented is null || await tokens.AuthenticateAsync(presented, http.RequestAborted) is null)
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
}
