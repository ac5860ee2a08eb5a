using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core.Pipelines.Execution;
using Osprey.Server.Api;
using Osprey.Server.Pipelines.Contracts;
using Osprey.Server.Security;

namespace Osprey.Server.Pipelines;

/// <summary>The worker protocol under <c>/api/osprey/pipelines/workers</c>: <c>poll</c> (report a try, claim the next, long-polling) and
/// <c>heartbeat</c> (renew leases, long-poll for kill notices). Workers are trusted with <see cref="WorkerAccess"/>, not the token middleware.</summary>
internal static class WorkerEndpoints
{
    private const int MaxClaimsPerPoll = 64;

    private static PipelineJsonContext Json => PipelineJsonContext.Default;

    public static RouteGroupBuilder MapWorkerEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/workers/poll", PollAsync).AlwaysOpen();
        api.MapPost("/workers/heartbeat", HeartbeatAsync).AlwaysOpen();
        return api;
    }

    private static async Task PollAsync(HttpContext http, PipelineRuntime runtime, WorkerAccess access)
    {
        access.Check(http);
        var request = await ApiRequest.ReadAsync(http, Json.WorkerPollRequest);
        var worker = ApiRequest.Required(request.WorkerId, "worker_id");
        var poll = new WorkerPoll(worker, request.Completion?.ToRecord(worker), Math.Clamp(request.MaxTasks ?? 1, 0, MaxClaimsPerPoll),
            TimeSpan.FromMilliseconds(Math.Max(0, request.WaitMs ?? 0)), request.Types is { Count: > 0 } types ? [.. types] : null);
        var result = await runtime.Gateway.PollAsync(poll, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new WorkerPollResponse(result.CompletionAccepted, [.. result.Claims.Select(c => c.ToDto())]), Json.WorkerPollResponse);
    }

    private static async Task HeartbeatAsync(HttpContext http, PipelineRuntime runtime, WorkerAccess access)
    {
        access.Check(http);
        var request = await ApiRequest.ReadAsync(http, Json.WorkerHeartbeatRequest);
        var worker = ApiRequest.Required(request.WorkerId, "worker_id");
        var now = runtime.Clock.GetUtcNow();
        var heartbeat = new WorkerHeartbeat(worker, [.. (request.Leases ?? []).Select(l => l.ToRecord(worker, now))],
            TimeSpan.FromMilliseconds(Math.Max(0, request.WaitMs ?? 0)));
        var result = await runtime.Gateway.HeartbeatAsync(heartbeat, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new WorkerHeartbeatResponse([.. result.Revoked.Select(l => l.ToDto())], (long)result.LeaseDuration.TotalMilliseconds),
            Json.WorkerHeartbeatResponse);
    }
}
