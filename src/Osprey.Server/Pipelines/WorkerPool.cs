using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Osprey.Server.Pipelines;

/// <summary>Keeps N <c>osprey worker</c> processes running for a host: starts them, restarts one that dies (after a short pause that grows while
/// it keeps dying), and stops them all on dispose. Each worker watches its standard input and exits when this process goes away.</summary>
public sealed class WorkerPool(WorkerLaunch launch, int count, int slots, Uri server, string home, Func<Task> onWorkerExit, ILogger log) : IAsyncDisposable
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _keepers = [];
    private readonly Lock _gate = new();
    private readonly HashSet<Process> _running = [];

    /// <summary>Starts the workers.</summary>
    public void Start()
    {
        for (var i = 1; i <= count; i++)
        {
            var number = i;
            _keepers.Add(Task.Run(() => KeepAsync(number)));
        }
    }

    /// <summary>Gets the process ids of the running workers.</summary>
    public IReadOnlyList<int> ProcessIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _running.Select(p => p.Id)];
            }
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_keepers);
        _stopping.Dispose();
    }

    private async Task KeepAsync(int number)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!_stopping.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            var code = await RunOnceAsync(number);
            if (_stopping.IsCancellationRequested)
            {
                return;
            }
            log.LogWarning("Pipeline worker {Number} exited with code {Code}; restarting it in {Pause}", number, code, pause);
            await onWorkerExit();
            pause = Stopwatch.GetElapsedTime(started) > MaxPause + MaxPause ? TimeSpan.FromSeconds(1) : pause;
            try
            {
                await Task.Delay(pause, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            pause = pause + pause > MaxPause ? MaxPause : pause + pause;
        }
    }

    private async Task<int> RunOnceAsync(int number)
    {
        var start = launch.StartInfo(["--server", server.ToString(), "--home", home, "--slots", slots.ToString(CultureInfo.InvariantCulture), "--exit-with-stdin"]);
        start.Environment[WorkerAccess.SecretVariable] = WorkerAccess.Secret;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {launch.FileName}");
        lock (_gate)
        {
            _running.Add(process);
        }
        var output = Task.WhenAll(DrainAsync(process.StandardOutput, number), DrainAsync(process.StandardError, number));
        try
        {
            await process.WaitForExitAsync(_stopping.Token);
        }
        catch (OperationCanceledException)
        {
            await StopAsync(process);
        }
        finally
        {
            lock (_gate)
            {
                _running.Remove(process);
            }
        }
        await output;
        return process.ExitCode;
    }

    private static async Task StopAsync(Process process)
    {
        // Closing its standard input asks the worker to stop: it kills its tries' processes and exits.
        process.StandardInput.Close();
        using var grace = new CancellationTokenSource(StopGrace);
        try
        {
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private async Task DrainAsync(StreamReader reader, int number)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            log.LogInformation("worker {Number}: {Line}", number, line);
        }
    }
}
