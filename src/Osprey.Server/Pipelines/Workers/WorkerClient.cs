using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Osprey.Core;
using Osprey.Core.Monitoring.Triggers;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.Server.Contracts;
using Osprey.Server.Monitoring.Contracts;
using Osprey.Server.Pipelines.Contracts;

namespace Osprey.Server.Pipelines.Workers;

/// <summary>The worker's side of the worker protocol over HTTP: poll (report a try, claim the next) and heartbeat (renew, hear kills), and the
/// retrain requests of its monitoring tasks.</summary>
public sealed class WorkerClient : IDisposable
{
    private const string RetrainPath = "api/osprey/monitoring/retrain";

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

    /// <summary>Asks the server to start a retrain run under its cooldown; returns null when the server has no retrain endpoint (the worker channel
    /// of <c>osprey run</c>), and throws <see cref="OspreyException"/> with the server's code when it refuses the request.</summary>
    public async Task<RetrainOutcome?> RetrainAsync(RetrainRequest request, CancellationToken ct)
    {
        var monitoring = ModelMonitoringJsonContext.Default;
        var body = new RetrainTriggerRequest(request.Monitor, request.Pipeline, (long)request.Cooldown.TotalMilliseconds, request.Reason);
        using var response = await _http.PostAsJsonAsync(RetrainPath, body, monitoring.RetrainTriggerRequest, ct);
        if (response.IsSuccessStatusCode)
        {
            var answer = await response.Content.ReadFromJsonAsync(monitoring.RetrainTriggerResponse, ct)
                ?? throw new HttpRequestException($"{RetrainPath} answered with an empty body");
            return new RetrainOutcome(answer.Fired, answer.PipelineRunId, answer.CooldownEndsAt, answer.Explanation);
        }
        var text = await response.Content.ReadAsStringAsync(ct);
        var error = ReadError(text);
        if (response.StatusCode == HttpStatusCode.NotFound && error?.ErrorCode is null or ApiErrorCodes.EndpointNotFound)
        {
            return null;
        }
        throw ApiErrorCodes.FromName(error?.ErrorCode) is { } code
            ? new OspreyException(code, error!.Message)
            : new HttpRequestException($"{RetrainPath} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
    }

    public void Dispose() => _http.Dispose();

    private static ApiErrorResponse? ReadError(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonSerializer.Deserialize(text, OspreyJsonContext.Default.ApiErrorResponse);
        }
        catch (JsonException)
        {
            // Not an API error body (a proxy's page, say): the status code speaks instead.
            return null;
        }
    }

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
