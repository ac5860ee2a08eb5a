using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Osprey.Core;
using Osprey.Server.Api;

namespace Osprey.Server.Tests.Api;

/// <summary>Failures become MLflow error bodies; unexpected ones reveal nothing of the server's internals.</summary>
public sealed class ApiErrorMiddlewareTests
{
    [Fact]
    public async Task InvokeAsync_UnexpectedException_Returns500WithoutInternals()
    {
        var http = NewContext();
        var middleware = new ApiErrorMiddleware(_ => throw new InvalidOperationException("secret connection string /var/lib/x"), NullLogger<ApiErrorMiddleware>.Instance);

        await middleware.InvokeAsync(http);

        var body = Body(http);
        Assert.Equal(500, http.Response.StatusCode);
        Assert.Equal("INTERNAL_ERROR", (string?)body["error_code"]);
        Assert.DoesNotContain("secret", (string?)body["message"]);
        Assert.Contains(http.TraceIdentifier, (string?)body["message"]);
    }

    [Fact]
    public async Task InvokeAsync_OspreyException_MapsCodeToStatusAndName()
    {
        var http = NewContext();
        var middleware = new ApiErrorMiddleware(_ => throw new OspreyException(ErrorCode.InvalidState, "Experiment 3 is already deleted."), NullLogger<ApiErrorMiddleware>.Instance);

        await middleware.InvokeAsync(http);

        var body = Body(http);
        Assert.Equal(400, http.Response.StatusCode);
        Assert.Equal("INVALID_STATE", (string?)body["error_code"]);
        Assert.Equal("Experiment 3 is already deleted.", (string?)body["message"]);
    }

    private static DefaultHttpContext NewContext()
    {
        var http = new DefaultHttpContext { TraceIdentifier = "trace-" + Guid.NewGuid().ToString("N")[..8] };
        http.Response.Body = new MemoryStream();
        return http;
    }

    private static JsonNode Body(HttpContext http)
    {
        http.Response.Body.Position = 0;
        return JsonNode.Parse(http.Response.Body)!;
    }
}
