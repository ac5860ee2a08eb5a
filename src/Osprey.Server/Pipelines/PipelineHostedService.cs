using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Series;

namespace Osprey.Server.Pipelines;

/// <summary>Runs the pipeline runtime inside the server: recovery and the schedule at start, then the worker processes once the server listens
/// (they connect back to it), and everything stopped in order at shutdown.</summary>
internal sealed class PipelineHostedService(PipelineRuntime runtime, PipelineSeriesRecorder series, PipelineHostOptions options, Hosting.ServerOptions server,
    IServer kestrel, IHostApplicationLifetime lifetime, ILogger<PipelineHostedService> log) : IHostedService, IAsyncDisposable
{
    private WorkerPool? _pool;
    private IDisposable? _recording;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _recording = series.Observe(runtime.Service.Stepper);
        await runtime.StartAsync(cancellationToken);
        lifetime.ApplicationStarted.Register(StartWorkers);
        lifetime.ApplicationStopping.Register(runtime.BeginStopping);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        runtime.BeginStopping();
        await DisposeAsync();
        await runtime.DisposeAsync();
        // After the runtime stopped stepping, so the samples of its last steps are written before the workspace closes.
        Interlocked.Exchange(ref _recording, null)?.Dispose();
        await series.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _pool, null) is { } pool)
        {
            await pool.DisposeAsync();
        }
    }

    private void StartWorkers()
    {
        if (options.Workers == 0)
        {
            return;
        }
        if (options.Launch is null)
        {
            log.LogWarning("Pipelines: no osprey program to start workers with; start them with 'osprey worker --server URL' or set {Variable}", WorkerLaunch.CommandVariable);
            return;
        }
        var address = LoopbackAddress(kestrel.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? Hosting.ServerOptions.DefaultUrls);
        _pool = new WorkerPool(options.Launch, options.Workers, options.SlotsPerWorker, address, server.Workspace.Home,
            () => runtime.SweepNowAsync(CancellationToken.None), log);
        _pool.Start();
    }

    private static Uri LoopbackAddress(string address)
    {
        var uri = new Uri(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        var host = uri.Host is "0.0.0.0" ? "127.0.0.1" : uri.Host is "[::]" or "::" ? "[::1]" : uri.Host;
        return new UriBuilder(uri) { Host = host, Path = "/" }.Uri;
    }
}
