using Osprey.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Osprey.Server.Api;
using Osprey.Server.Contracts;
using Osprey.Serving.Security;
using Osprey.Core.Security;

namespace Osprey.Server.Security;

/// <summary>Identifies the caller from <c>Authorization: Bearer</c> (or Basic with the token as password, as MLflow clients send) and refuses unauthenticated calls when tokens are required.</summary>
internal sealed class TokenAuthenticationMiddleware(RequestDelegate next, TokenVerifier authenticator, AuthenticationPolicy policy, RequestCallerIdentity caller)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var presented = PresentedToken.FromAuthorization(http.Request.Headers[HeaderNames.Authorization].ToString());
        var name = presented is null ? null : await authenticator.AuthenticateAsync(presented, http.RequestAborted);
        if (name is null && policy.TokensRequired && !IsOpen(http))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await ApiResponse.ErrorAsync(http, StatusCodes.Status401Unauthorized, ApiErrorCodes.Unauthenticated, presented is null
                ? "This server requires an API token: send 'Authorization: Bearer <token>' (MLFLOW_TRACKING_TOKEN for MLflow clients)."
                : "The API token is not valid; create one with 'osprey tokens create NAME' or use OSPREY_TOKEN.");
            return;
        }
        caller.Set(name);
        await next(http);
    }

    private bool IsOpen(HttpContext http)
    {
        var metadata = http.GetEndpoint()?.Metadata;
        var access = metadata?.GetMetadata<EndpointAccess>();
        // Hosted inference routes mark their probes and scrape with the serving API's own marker.
        return (access is not null && (access.AlwaysOpen || policy.PublicRead)) || metadata?.GetMetadata<OpenEndpoint>() is not null;
    }
}
