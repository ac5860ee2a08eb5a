using Microsoft.Extensions.Logging.Abstractions;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Series;
using Osprey.Server.Pipelines;

namespace Osprey.Cli.Pipelines;

/// <summary>What <c>osprey run</c> needs to run one pipeline in the foreground: the local workspace, a runtime without schedules,
/// the worker protocol on a loopback port, and worker processes started from this same osprey program.</summary>
internal sealed class ForegroundRuntime : IAsyncDisposable
{
    private readonly LocalPipelines _local;
    private readonly PipelineRuntime _runtime;
    private readonly WorkerChannel _channel;
    private readonly WorkerPool _pool;
    private readonly PipelineSeriesRecorder _series;
    private readonly IDisposable _recording;

    private ForegroundRuntime(LocalPipelines local, PipelineRuntime runtime, WorkerChannel channel, WorkerPool pool, PipelineSeriesRecorder series,
        IDisposable recording)
    {
        _local = local;
        _series = series;
        _recording = recording;
        _runtime = runtime;
        _channel = channel;
        _pool = pool;
    }

    /// <summary>Gets the workspace's pipeline service.</summary>
    public PipelineService Service => _local.Service;

    /// <summary>Opens the workspace at <paramref name="home"/> and starts <paramref name="workers"/> worker processes.</summary>
    public static async Task<ForegroundRuntime> StartAsync(string home, TimeProvider clock, int workers, int slots, CancellationToken ct)
    {
        var local = await LocalPipelines.OpenAsync(home, clock, ct);
        var runtime = new PipelineRuntime(local.Service, new PipelineRuntimeOptions { Schedules = false, Recovers = false }, clock);
        var series = new PipelineSeriesRecorder(local.Stores.Series);
        var recording = series.Observe(local.Service.Stepper);
        await runtime.StartAsync(ct);
        var channel = await WorkerChannel.StartAsync(runtime, ct);
        var pool = new WorkerPool(WorkerLaunch.ForProgram(typeof(Cli).Assembly.Location), workers, slots, channel.Address, local.Service.Home,
            () => runtime.SweepNowAsync(CancellationToken.None), NullLogger.Instance);
        pool.Start();
        return new ForegroundRuntime(local, runtime, channel, pool, series, recording);
    }

    public async ValueTask DisposeAsync()
    {
        _runtime.BeginStopping();
        await _pool.DisposeAsync();
        await _channel.DisposeAsync();
        await _runtime.DisposeAsync();
        _recording.Dispose();
        await _series.DisposeAsync();
        await _local.DisposeAsync();
    }
}
