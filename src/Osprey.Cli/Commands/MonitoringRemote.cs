using System.Text.Json;
using Osprey.Cli.Connections;
using Osprey.Cli.Pipelines;
using Osprey.Core;
using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Monitoring.Performance;
using Osprey.Server.Monitoring.Contracts;

namespace Osprey.Cli.Commands;

/// <summary>Runs the model monitors on a server's workspace (<c>/api/osprey/monitoring</c>), where its prediction log is, and returns the same
/// results the local commands compute, so tables and report files are written the same way.</summary>
internal sealed class MonitoringRemote(PipelineHttpClient http) : IAsyncDisposable
{
    private static ModelMonitoringJsonContext Json => ModelMonitoringJsonContext.Default;

    /// <summary>Opens a client for the server in <paramref name="settings"/>; throws <see cref="ErrorCode.InvalidParameter"/> for a URL that is not http(s).</summary>
    public static MonitoringRemote Open(ConnectionSettings settings)
    {
        var url = settings.ServerUrl ?? throw new InvalidOperationException("remote monitoring needs a server URL");
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            throw OspreyException.Invalid($"'--server' must be an http:// or https:// URL, got '{url}'.");
        }
        return new MonitoringRemote(new PipelineHttpClient(address, settings.Token));
    }

    /// <summary>Evaluates (and, with <paramref name="record"/>, records) the model's performance on the server.</summary>
    public Task<PerformanceReport> PerformanceAsync(PerformanceOptions options, bool record, CancellationToken ct)
    {
        var request = new PerformanceCheckRequest(options.Model, Core.Pipelines.DurationText.Format(options.Window), Core.Pipelines.DurationText.Format(options.Bucket),
            [.. options.Thresholds.Select(t => t.ToString())], options.Version, options.MinLabelled, options.PositiveClass, record);
        return http.SendAsync(HttpMethod.Post, "api/osprey/monitoring/performance", request, Json.PerformanceCheckRequest,
            PerformanceJsonContext.Default.PerformanceReport, ct);
    }

    /// <summary>Compares <paramref name="reference"/> with the logged predictions of <paramref name="request"/>'s current model on the server.</summary>
    public async Task<DriftResult> DriftAsync(DataProfile reference, DriftRequest request, CancellationToken ct)
    {
        using var profile = JsonDocument.Parse(reference.ToJson());
        var options = request.Options;
        var body = new DriftCheckRequest(profile.RootElement, request.CurrentModel,
            request.Window is { } window ? Core.Pipelines.DurationText.Format(window) : null, options.Target, options.Prediction,
            options.Columns, options.Exclude, options.ColumnTests.ToDictionary(p => p.Key, p => DriftTests.Name(p.Value)),
            options.Thresholds.ToDictionary(p => p.Key, p => p.Value), options.DriftShare);
        var answer = await http.SendAsync(HttpMethod.Post, "api/osprey/monitoring/drift", body, Json.DriftCheckRequest, Json.JsonElement, ct);
        return DriftResultReader.Read(answer);
    }

    public ValueTask DisposeAsync() => http.DisposeAsync();
}
