using Microsoft.AspNetCore.Http;

namespace Osprey.Serving.Api;

/// <summary>The sticky routing key of calls whose body is read after routing: the <c>X-Routing-Key</c> header or the <c>key</c> query value.</summary>
internal static class RoutingKey
{
    /// <summary>The header a client may send its routing key in.</summary>
    public const string Header = "X-Routing-Key";

    public static string? Of(HttpContext http)
    {
        var header = http.Request.Headers[Header];
        if (header.Count > 0 && !string.IsNullOrEmpty(header[0]))
        {
            return header[0];
        }
        var query = http.Request.Query["key"];
        return query.Count > 0 ? query[0] : null;
    }
}
