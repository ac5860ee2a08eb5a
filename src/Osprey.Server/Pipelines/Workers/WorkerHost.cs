using Osprey.Core.Pipelines.Tasks.Validation;
using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Pipelines.Tasks;
using Osprey.Core.Pipelines.Tasks.Learning;
using Osprey.Core.Pipelines.Tasks.Monitoring;
using Osprey.Storage.Sqlite.Monitoring;
using Osprey.Server.Pipelines.Tasks;

namespace Osprey.Server.Pipelines.Workers;

/// <summary>Runs one worker process until it is stopped: Ctrl+C, <paramref name="ct"/>, or (for workers a server started) its standard input closing,
/// which is how a worker notices that the process that started it is gone.</summary>
public static class WorkerHost
{
    /// <summary>Runs the worker described by <paramref name="options"/>, writing one line per event to <paramref name="output"/>.</summary>
    public static async Task RunAsync(WorkerOptions options, bool exitWithStdin, TextWriter output, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (exitWithStdin)
        {
            _ = Task.Run(async () =>
            {
                // Read until end of input: the parent closed the pipe, or died and the system closed it.
                while (await Console.In.ReadLineAsync(stop.Token) is not null)
                {
                }
                await stop.CancelAsync();
            }, CancellationToken.None);
        }
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        using var client = new WorkerClient(options);
        await using var learning = new WorkspaceJobServices(options.Home, TimeProvider.System);
        await using var monitoring = new SqliteMonitoringStores(new Core.WorkspaceOptions(options.Home).DatabasePath);
        var retrain = new WorkerRetrainTrigger(client, new WorkspaceRetrainTrigger(monitoring, options.Home, TimeProvider.System));
        var runners = TaskRunners.BuiltIn(http).Values.Concat(LearningTaskRunners.Create(learning.GetAsync))
            .Append(new PerformanceCheckTaskRunner(monitoring.GetAsync, trigger: retrain))
            .Append(new DriftCheckTaskRunner(async (run, token) =>
            {
                var jobs = await learning.GetAsync(run, token);
                var stores = await monitoring.GetAsync(run, token);
                return new DriftServices(jobs.Versions, jobs.Runs, jobs.Artifacts, stores.PredictionLog, stores.Series);
            }, retrain))
            .ToDictionary(r => r.Type, StringComparer.Ordinal);
        // Validation records its quality score in the worker's workspace, like the monitoring tasks.
        runners[BuiltInTaskTypes.Validate.Name] = new ValidateTaskRunner(new LazySeriesStore(monitoring));
        var executor = new TaskExecutor(runners, options.Home, options.WorkingDirectory, TimeProvider.System);
        var worker = new PipelineWorker(options, client, executor, line => Write(output, line));
        Write(output, $"worker {options.WorkerId} serving {options.Server} with {options.Slots} slots (types: {string.Join(", ", options.Types ?? [.. runners.Keys])})");
        await worker.RunAsync(stop.Token);
        Write(output, $"worker {options.WorkerId} stopped");
    }

    private static void Write(TextWriter output, string line)
    {
        lock (output)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }
}
