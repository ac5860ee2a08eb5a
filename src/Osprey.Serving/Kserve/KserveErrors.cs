using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Kserve;

/// <summary>Errors on the KServe routes in the shape KServe clients parse: <c>{"error": "message"}</c>.</summary>
internal static class KserveErrors
{
    public static Task WriteAsync(HttpContext http, int status, string message) =>
        ServingResponses.SendAsync(http, status, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["error"] = message }));
}
