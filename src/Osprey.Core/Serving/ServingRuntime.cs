using Osprey.Core.Monitoring.Series;
using Osprey.Core.Serving.Health;
using Osprey.Core.Serving.Loading;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Releases;
using Osprey.Core.Serving.Series;

namespace Osprey.Core.Serving;

/// <summary>Everything an inference server runs on besides HTTP: the served models and their releases, the registry watcher, metrics, health and the prediction log.</summary>
public sealed class ServingRuntime : IAsyncDisposable
{
    private long _predictions;

    /// <summary>Composes a runtime; nothing loads until <see cref="StartAsync"/>.</summary>
    /// <param name="log">The asynchronous prediction log, or null when predictions are not logged.</param>
    /// <param name="store">The prediction log store (for ground truth), or null when there is none.</param>
    /// <param name="series">The workspace's series store serving records its health into, or null to record nothing.</param>
    public ServingRuntime(ServedModels models, IServedModelLoader loader, RegistryMoves moves, ServingRuntimeOptions options,
        PredictionLogWriter? log, IPredictionLogStore? store, ISeriesStore? series = null)
    {
        Models = models;
        Clock = options.Clock;
        Registry = new MetricRegistry();
        Metrics = new ServingMetrics(Registry);
        Releases = new ReleaseController(models, loader, moves, Metrics, options.Validation, options.Clock);
        Watcher = new RegistryWatcher(Releases, options.Clock, options.PollInterval);
        Health = options.Health;
        Errors = new ErrorRateWindow(options.Clock, options.Health.Window);
        Log = log;
        Store = store;
        Retention = log is not null && store is not null && options.LogRetention is { } keep ? new PredictionLogRetention(store, keep, options.Clock) : null;
        StartedAt = options.Clock.GetUtcNow();
        log?.RegisterMetrics(Registry);
        SeriesRecorder = series is null ? null
            : new ServingSeriesRecorder(series, options.Clock, options.SeriesInterval, () => ServedSeries.Of(models), log is null ? null : () => log.DroppedRows);
    }

    /// <summary>Gets the served models.</summary>
    public ServedModels Models { get; }

    /// <summary>Gets the clock every serving part reads.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Gets the metric registry <c>/metrics</c> writes.</summary>
    public MetricRegistry Registry { get; }

    /// <summary>Gets the serving metric families.</summary>
    public ServingMetrics Metrics { get; }

    /// <summary>Gets the release controller (canary, shadow, promote, rollback, hot reload).</summary>
    public ReleaseController Releases { get; }

    /// <summary>Gets the registry watcher.</summary>
    public RegistryWatcher Watcher { get; }

    /// <summary>Gets when the server becomes unhealthy.</summary>
    public HealthRule Health { get; }

    /// <summary>Gets the recent requests and failures.</summary>
    public ErrorRateWindow Errors { get; }

    /// <summary>Gets the prediction log, or null when predictions are not logged.</summary>
    public PredictionLogWriter? Log { get; }

    /// <summary>Gets the sweep deleting old predictions, or null when predictions are not logged or kept forever.</summary>
    public PredictionLogRetention? Retention { get; }

    /// <summary>Gets what appends serving's health to the workspace's series, or null when the runtime has no series store.</summary>
    public ServingSeriesRecorder? SeriesRecorder { get; }

    /// <summary>Gets the prediction log store, or null.</summary>
    public IPredictionLogStore? Store { get; }

    /// <summary>Gets the work started after answering (shadow scoring), which shutdown waits for before closing the log.</summary>
    public BackgroundWork Background { get; } = new();

    /// <summary>Gets the request id source.</summary>
    public RequestIdSource RequestIds { get; } = new();

    /// <summary>Gets when the runtime was created.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Gets the rows predicted since start (shadow scoring excluded).</summary>
    public long PredictionCount => Volatile.Read(ref _predictions);

    /// <summary>Loads every model (throwing on the first failure when <paramref name="waitForModels"/>, else retrying on each poll) and starts the watcher.</summary>
    public async Task StartAsync(bool waitForModels, CancellationToken ct)
    {
        foreach (var deployment in Models.All)
        {
            if (waitForModels)
            {
                await Releases.StartAsync(deployment, ct);
            }
            else
            {
                await Releases.TryStartAsync(deployment, ct);
            }
        }
        Watcher.Start();
        Retention?.Start();
        SeriesRecorder?.Start();
    }

    /// <summary>Counts predicted rows.</summary>
    public void CountPredictions(int rows) => Interlocked.Add(ref _predictions, rows);

    /// <summary>Reports health by the rule: no_model when some model has no version loaded, error_rate when the window breaches the threshold.</summary>
    public HealthReport CheckHealth()
    {
        var (total, failed) = Errors.Read();
        var loaded = Models.AllLoaded;
        var status = !loaded ? "no_model" : Health.IsBreached(total, failed) ? "error_rate" : "ok";
        return new HealthReport(status, loaded, Models.All.Select(DeploymentStatus.Of).ToArray(),
            (Clock.GetUtcNow() - StartedAt).TotalSeconds, PredictionCount, total == 0 ? 0 : (double)failed / total, total, failed, Health);
    }

    /// <summary>Stops the watcher and writes what the prediction log still holds.</summary>
    public async ValueTask DisposeAsync()
    {
        await Watcher.DisposeAsync();
        if (Retention is not null)
        {
            await Retention.DisposeAsync();
        }
        await Background.WhenIdleAsync().ConfigureAwait(false);
        if (SeriesRecorder is not null)
        {
            await SeriesRecorder.DisposeAsync();
        }
        if (Log is not null)
        {
            await Log.DisposeAsync();
        }
    }
}
