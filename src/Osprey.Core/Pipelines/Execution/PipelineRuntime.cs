using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>The active half of pipelines in a host process (the server, or <c>osprey run</c>): recovers after a restart, keeps each run's
/// wake-up timer, sweeps lost leases, applies the schedule, and serves workers through <see cref="Gateway"/>. It never runs task code itself.</summary>
public sealed class PipelineRuntime : IAsyncDisposable
{
    private readonly PipelineService _service;
    private readonly PipelineRuntimeOptions _options;
    private readonly TimeProvider _clock;
    private readonly IPipelineRuntimeLog? _log;
    private readonly BackgroundWork _background;
    private readonly RunTimers _timers;
    private readonly LeaseSweeper _sweeper;
    private readonly ScheduleLoop? _schedule;
    private readonly List<IDisposable> _subscriptions = [];
    private ITimer? _sweepTimer;

    public PipelineRuntime(PipelineService service, PipelineRuntimeOptions options, TimeProvider clock, IPipelineRuntimeLog? log = null)
    {
        _service = service;
        _options = options;
        _clock = clock;
        _log = log;
        _background = new BackgroundWork(log);
        _timers = new RunTimers(service.Stepper, clock, _background);
        _sweeper = new LeaseSweeper(service, options, clock, log);
        _schedule = options.Schedules ? new ScheduleLoop(service, options, clock, _background) : null;
        Gateway = new WorkerGateway(service, options, clock, _background, log);
    }

    /// <summary>Gets the service whose runs this runtime drives.</summary>
    public PipelineService Service => _service;

    /// <summary>Gets the clock the runtime reads.</summary>
    public TimeProvider Clock => _clock;

    /// <summary>Gets the scheduler's side of the worker protocol.</summary>
    public WorkerGateway Gateway { get; }

    /// <summary>Recovers what a previous process left (completions not yet applied, tries of workers that are gone, runs waiting on time),
    /// then starts the timers and, with <see cref="PipelineRuntimeOptions.Schedules"/>, the schedule.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        _subscriptions.Add(_service.Stepper.Observe(Gateway));
        _subscriptions.Add(_service.Stepper.Observe(_timers));
        if (_schedule is not null)
        {
            _subscriptions.Add(_service.Stepper.Observe(_schedule));
        }
        await _sweeper.SweepAsync(ct);
        if (_options.Recovers)
        {
            await WakeRunningRunsAsync(ct);
        }
        Gateway.WakeWorkers();
        if (_schedule is not null)
        {
            await _schedule.StartAsync(ct);
        }
        _sweepTimer = _clock.CreateTimer(_ => _background.Run("sweeping leases", () => _sweeper.SweepAsync(CancellationToken.None)),
            null, _options.SweepEvery, _options.SweepEvery);
    }

    /// <summary>Answers waiting workers at once so the host can stop without waiting for their long polls.</summary>
    public void BeginStopping() => Gateway.Stop();

    /// <summary>Looks for lost tries now (a host calls it when it sees a worker process exit).</summary>
    public Task SweepNowAsync(CancellationToken ct) => _sweeper.SweepAsync(ct);

    /// <summary>Completes once the background work set off so far (timers that fired, schedule passes, starts after claims) has finished.</summary>
    public Task WhenIdleAsync() => _background.WhenIdleAsync();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        BeginStopping();
        _sweepTimer?.Dispose();
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
        _timers.Dispose();
        _schedule?.Stop();
        await _background.WhenIdleAsync();
        _schedule?.Dispose();
    }

    private async Task WakeRunningRunsAsync(CancellationToken ct)
    {
        var running = await _service.Runs.ListRunsAsync(new PipelineRunQuery(Statuses: [PipelineRunStatus.Running], MaxResults: 100_000), ct);
        foreach (var run in running)
        {
            try
            {
                var (state, version) = await _service.Stepper.LoadAsync(run.Id, ct);
                _timers.Schedule(run.Id, state.NextWakeAt(), version);
                await _service.Stepper.ApplyAsync(run.Id, new TimePassed(_clock.GetUtcNow()), null, ct);
            }
            catch (OspreyException e)
            {
                _log?.Failed($"recovering run {run.Id} of {run.Pipeline}", e);
            }
        }
    }
}
