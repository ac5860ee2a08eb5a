using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Osprey.Core;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Releases;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary>
/// The release controls of a running server (what <c>osprey serve canary|shadow|promote|rollback|status</c> call):
/// <c>/admin/status</c> and <c>/admin/models/&lt;name&gt;/{canary,shadow,promote,rollback,refresh}</c>.
/// </summary>
internal sealed class AdminEndpoints(ServingRuntime runtime, ServingApiOptions options)
{
    public Task StatusAsync(HttpContext http) =>
        ServingResponses.JsonAsync(http, 200, new { models = runtime.Models.All.Select(DeploymentStatus.Of).ToArray() });

    public Task SetCanaryAsync(HttpContext http) => RunAsync(http, (name, request, ct) => request.Version is { } version
        ? runtime.Releases.SetCanaryAsync(name, version, request.Percent ?? 10, ct)
        : runtime.Releases.SetCanaryPercentAsync(name, request.Percent ?? throw OspreyException.Invalid("Give a canary 'version', a 'percent', or both."), ct));

    public Task ClearCanaryAsync(HttpContext http) => RunAsync(http, (name, _, ct) => runtime.Releases.ClearCanaryAsync(name, ct));

    public Task SetShadowAsync(HttpContext http) => RunAsync(http, (name, request, ct) =>
        runtime.Releases.SetShadowAsync(name, request.Version ?? throw OspreyException.Invalid("Give the shadow 'version'."), ct));

    public Task ClearShadowAsync(HttpContext http) => RunAsync(http, (name, _, ct) => runtime.Releases.SetShadowAsync(name, null, ct));

    public Task PromoteAsync(HttpContext http) => RunAsync(http, (name, request, ct) => runtime.Releases.PromoteAsync(name, request.Reason, ct));

    public Task RollbackAsync(HttpContext http) => RunAsync(http, (name, request, ct) => runtime.Releases.RollbackAsync(name, request.Reason, ct));

    public Task RefreshAsync(HttpContext http) => RunAsync(http, async (name, _, ct) =>
    {
        var deployment = runtime.Models.Get(name);
        await runtime.Releases.RefreshAsync(deployment, ct);
        return DeploymentStatus.Of(deployment);
    });

    private async Task RunAsync(HttpContext http, Func<string, AdminRequest, CancellationToken, Task<DeploymentStatus>> action)
    {
        var name = http.Request.RouteValues["name"] as string ?? "";
        try
        {
            var request = await ReadAsync(http);
            var status = await action(name, request, http.RequestAborted);
            await ServingResponses.JsonAsync(http, 200, status);
        }
        catch (OspreyException failure)
        {
            await ServingResponses.FailureAsync(http, failure);
        }
        catch (BadHttpRequestException error)
        {
            await BodyFailures.AnswerAsync(http, error, options.MaxBodyBytes);
        }
    }

    private async Task<AdminRequest> ReadAsync(HttpContext http)
    {
        RequestBody.Limit(http, options.MaxBodyBytes);
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        if (body.Length == 0)
        {
            return new AdminRequest(null, null, null);
        }
        try
        {
            return JsonSerializer.Deserialize<AdminRequest>(body.GetBuffer().AsSpan(0, (int)body.Length), ServingJson.Options) ?? new AdminRequest(null, null, null);
        }
        catch (JsonException error)
        {
            throw OspreyException.Invalid($"The body must be JSON such as {{\"version\": 4, \"percent\": 10}}: {error.Message}");
        }
    }
}
