using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.Server.Pipelines.Contracts;

namespace Osprey.Server.Pipelines.Workers;

/// <summary>The worker's side of the worker protocol over HTTP: poll (report a try, claim the next) and heartbeat (renew, hear kills).</summary>
public sealed class WorkerClient : IDisposable
{
    private static PipelineJsonContext Json => PipelineJsonContext.Default;

    private readonly HttpClient _http;
    private readonly string _workerId;

    public WorkerClient(WorkerOptions options)
    {
        _workerId = options.WorkerId;
        var handler = new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = options.Slots + 2 };
        _http = new HttpClient(handler) { BaseAddress = options.Server, Timeout = options.PollWait + TimeSpan.FromSeconds(30) };
        if (options.Token is { Length: > 0 } token)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (options.Secret is { Length: > 0 } secret)
        {
            _http.DefaultRequestHeaders.Add(WorkerAccess.Header, secret);
        }
    }

    /// <summary>Reports <paramref name="completion"/> (if any) and claims up to <paramref name="maxTasks"/> tries, waiting up to <paramref name="wait"/>.</summary>
    public async Task<WorkerPollResult> PollAsync(TryCompletion? completion, int maxTasks, TimeSpan wait, IReadOnlyList<string>? types, CancellationToken ct)
    {
        var request = new WorkerPollRequest(_workerId, completion?.ToDto(), maxTasks, (long)wait.TotalMilliseconds, types);
        var response = await PostAsync("api/osprey/pipelines/workers/poll", request, Json.WorkerPollRequest, Json.WorkerPollResponse, ct);
        return new WorkerPollResult(response.CompletionAccepted, [.. (response.Claims ?? []).Select(c => c.ToRecord(_workerId))]);
    }

    /// <summary>Renews <paramref name="leases"/> and waits up to <paramref name="wait"/> for kill notices.</summary>
    public async Task<WorkerHeartbeatResult> HeartbeatAsync(IReadOnlyList<TaskLease> leases, TimeSpan wait, CancellationToken ct)
    {
        var request = new WorkerHeartbeatRequest(_workerId, [.. leases.Select(l => l.ToDto())], (long)wait.TotalMilliseconds);
        var response = await PostAsync("api/osprey/pipelines/workers/heartbeat", request, Json.WorkerHeartbeatRequest, Json.WorkerHeartbeatResponse, ct);
        return new WorkerHeartbeatResult([.. (response.Revoked ?? []).Select(l => l.ToRecord(_workerId, DateTimeOffset.MinValue))], TimeSpan.FromMilliseconds(response.LeaseMs));
    }

    public void Dispose() => _http.Dispose();

    private async Task<TResponse> PostAsync<TRequest, TResponse>(string path, TRequest body, JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync(path, body, requestType, ct);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            throw new HttpRequestException($"{path} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }
        return await response.Content.ReadFromJsonAsync(responseType, ct) ?? throw new HttpRequestException($"{path} answered with an empty body");
    }
}
