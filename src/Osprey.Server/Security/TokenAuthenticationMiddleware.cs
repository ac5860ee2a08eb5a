using Osprey.Core;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Osprey.Server.Api;
using Osprey.Server.Contracts;

namespace Osprey.Server.Security;

/// <summary>Identifies the caller from <c>Authorization: Bearer</c> (or Basic with the token as password, as MLflow clients send) and refuses unauthenticated calls when tokens are required.</summary>
internal sealed class TokenAuthenticationMiddleware(RequestDelegate next, TokenAuthenticator authenticator, AuthenticationPolicy policy, RequestCallerIdentity caller)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var presented = PresentedToken(http.Request);
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
        var access = http.GetEndpoint()?.Metadata.GetMetadata<EndpointAccess>();
        return access is not null && (access.AlwaysOpen || policy.PublicRead);
    }

    private static string? PresentedToken(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = header["Bearer ".Length..].Trim();
            return token.Length == 0 ? null : token;
        }
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return BasicPassword(header["Basic ".Length..].Trim());
        }
        return null;
    }

    private static string? BasicPassword(string encoded)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 && colon < text.Length - 1 ? text[(colon + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
