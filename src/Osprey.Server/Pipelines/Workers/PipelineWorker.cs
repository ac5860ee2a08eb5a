using System.Collections.Concurrent;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Tasks;

namespace Osprey.Server.Pipelines.Workers;

/// <summary>A worker: <see cref="WorkerOptions.Slots"/> loops that each report a finished try and claim the next in one call, and a heartbeat
/// loop that renews the leases of running tries and kills the ones the server revokes. Stopping kills the running tries without reporting them:
/// the server sees their leases go and retries them per policy.</summary>
public sealed class PipelineWorker(WorkerOptions options, WorkerClient client, TaskExecutor executor, Action<string>? log = null)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<(PipelineRunId, string, int), (TaskLease Lease, CancellationTokenSource Kill)> _running = new();

    /// <summary>Gets how many tries are running now.</summary>
    public int Running => _running.Count;

    /// <summary>Runs until <paramref name="ct"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        var loops = Enumerable.Range(0, options.Slots).Select(_ => Task.Run(() => SlotAsync(ct), CancellationToken.None)).Append(HeartbeatAsync(ct));
        await Task.WhenAll(loops);
    }

    private async Task SlotAsync(CancellationToken ct)
    {
        TryCompletion? done = null;
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var result = await client.PollAsync(done, 1, options.PollWait, options.Types, ct);
                done = null;
                backoff = TimeSpan.FromMilliseconds(200);
                if (result.Claims.Count > 0)
                {
                    done = await RunAsync(result.Claims[0], ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException e) when ((int?)e.StatusCode is >= 400 and < 500)
            {
                // The server refused the report itself (not the connection): sending it again cannot help.
                log?.Invoke($"the server refused a poll: {e.Message}");
                done = null;
                backoff = await PauseAsync(backoff, ct);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                log?.Invoke($"cannot reach {options.Server}: {e.Message}; trying again in {backoff.TotalSeconds:0.#}s");
                backoff = await PauseAsync(backoff, ct);
            }
        }
    }

    private async Task<TryCompletion?> RunAsync(TaskClaim claim, CancellationToken ct)
    {
        var key = (claim.Lease.RunId, claim.Lease.TaskId, claim.Lease.TryNumber);
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _running[key] = (claim.Lease, kill);
        try
        {
            var completion = await executor.RunAsync(claim, kill.Token);
            return ct.IsCancellationRequested ? null : completion;
        }
        finally
        {
            _running.TryRemove(key, out _);
        }
    }

    private async Task HeartbeatAsync(CancellationToken ct)
    {
        var every = TimeSpan.FromSeconds(10);
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var result = await client.HeartbeatAsync([.. _running.Values.Select(r => r.Lease)], every, ct);
                foreach (var revoked in result.Revoked)
                {
                    if (_running.TryGetValue((revoked.RunId, revoked.TaskId, revoked.TryNumber), out var running))
                    {
                        log?.Invoke($"killing {revoked.TaskId} try {revoked.TryNumber} of run {revoked.RunId}: the server revoked its lease");
                        await running.Kill.CancelAsync();
                    }
                }
                every = result.LeaseDuration / 3;
                backoff = TimeSpan.FromMilliseconds(200);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                log?.Invoke($"heartbeat to {options.Server} failed: {e.Message}");
                backoff = await PauseAsync(backoff, ct);
            }
        }
    }

    private static async Task<TimeSpan> PauseAsync(TimeSpan backoff, CancellationToken ct)
    {
        try
        {
            await Task.Delay(backoff, ct);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop ends.
        }
        return backoff + backoff > MaxBackoff ? MaxBackoff : backoff + backoff;
    }
}
