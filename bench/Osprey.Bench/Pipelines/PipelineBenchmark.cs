using System.Diagnostics;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Tasks;
using Osprey.Server.Pipelines;
using Osprey.Server.Pipelines.Workers;
using Osprey.Storage.Sqlite;

namespace Osprey.Bench.Pipelines;

/// <summary>Measures pipeline scheduling overhead with the default worker set-up (2 worker processes × 4 slots) on no-op tasks:
/// a 1,000-task chain (latency from a task's end to its child's start) and a 1,000-wide fan-out/fan-in (tasks per second).</summary>
internal static class PipelineBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == "worker")
        {
            return await WorkerAsync(args[1..]);
        }
        var tasks = IntOption(args, "--tasks", 1000);
        var rounds = IntOption(args, "--rounds", 3);
        var workers = IntOption(args, "--workers", PipelineHostOptions.DefaultWorkers);
        var slots = IntOption(args, "--slots", PipelineHostOptions.DefaultSlots);
        var home = Path.Combine(Path.GetTempPath(), "osprey-bench-pipelines-" + Guid.NewGuid().ToString("N")[..8]);
        Console.WriteLine($"workspace {home}; {Environment.ProcessorCount} cores; {workers} worker processes x {slots} slots; {rounds} rounds");
        try
        {
            return await MeasureAsync(home, tasks, rounds, workers, slots);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static async Task<int> MeasureAsync(string home, int tasks, int rounds, int workers, int slots)
    {
        await using var database = await SqliteStores.OpenAsync(Path.Combine(home, "osprey.db"), CancellationToken.None);
        var service = new PipelineService(database.Stores, home, TimeProvider.System);
        await using var runtime = new PipelineRuntime(service, new PipelineRuntimeOptions { Schedules = false, Recovers = false }, TimeProvider.System);
        await runtime.StartAsync(CancellationToken.None);
        var waiter = new RunWaiter();
        using var watching = service.Stepper.Observe(waiter);
        await using var channel = await WorkerChannel.StartAsync(runtime, CancellationToken.None);
        var host = Environment.ProcessPath ?? "dotnet";
        // Workers are this program in its worker mode, running the same WorkerHost as 'osprey worker'.
        var launch = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new WorkerLaunch(host, [typeof(PipelineBenchmark).Assembly.Location, "pipelines", "worker"])
            : new WorkerLaunch(host, ["pipelines", "worker"]);
        await using var pool = new WorkerPool(launch, workers, slots, channel.Address, home, () => Task.CompletedTask, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        pool.Start();

        var logHandoffs = new List<double>();
        async Task<RunTimings> RunOnceAsync(string yaml)
        {
            var pipeline = service.Directory.Parse("bench.yaml", "bench.yaml", yaml);
            service.Directory.Adopt(pipeline);
            var run = await service.TriggerAsync(pipeline, null, force: true, CancellationToken.None);
            var final = await waiter.FinishedAsync(run.Id);
            if (final.Definition.Name.StartsWith("chain-", StringComparison.Ordinal))
            {
                logHandoffs.AddRange(LogHandoffs.Of(final, home));
            }
            return RunTimings.Of(final);
        }

        await RunOnceAsync(BenchPipelines.Chain("warmup", 200));
        await RunOnceAsync(BenchPipelines.FanOut("warmup-fan", 200));
        double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        double WorkerCpu() => pool.ProcessIds.Sum(id => Process.GetProcessById(id).TotalProcessorTime.TotalSeconds);
        var (cpu0, wcpu0) = (Cpu(), WorkerCpu());
        var chains = new List<RunTimings>();
        var fans = new List<RunTimings>();
        for (var round = 0; round < rounds; round++)
        {
            chains.Add(await RunOnceAsync(BenchPipelines.Chain($"chain-{round}", tasks)));
            fans.Add(await RunOnceAsync(BenchPipelines.FanOut($"fan-{round}", tasks)));
        }
        var measured = chains.Concat(fans).Sum(r => r.Tasks);
        var cpu = ((Cpu() - cpu0) * 1000 / measured, (WorkerCpu() - wcpu0) * 1000 / measured);
        runtime.BeginStopping();
        Report(tasks, chains, fans, logHandoffs, cpu);
        return 0;
    }

    private static void Report(int tasks, List<RunTimings> chains, List<RunTimings> fans, List<double> logHandoffs, (double Scheduler, double Workers) cpu)
    {
        var handoffs = chains.SelectMany(c => c.HandoffMilliseconds).ToList();
        var chainRate = chains.Select(c => c.TasksPerSecond).Order().ElementAt(chains.Count / 2);
        var fanRate = fans.Select(f => f.TasksPerSecond).Order().ElementAt(fans.Count / 2);
        var joins = fans.Select(f => f.HandoffMilliseconds[^1]).ToList();
        var fanOut = fans.SelectMany(f => f.HandoffMilliseconds.Take(f.HandoffMilliseconds.Count - 1)).ToList();
        Console.WriteLine();
        Console.WriteLine("| measurement | Osprey | target | Airflow (published) |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| chain of {tasks:N0} no-op tasks: task end → child start (claimed), median / p95 / p99 | {RunTimings.Percentile(handoffs, 0.5):F2} / {RunTimings.Percentile(handoffs, 0.95):F2} / {RunTimings.Percentile(handoffs, 0.99):F2} ms | ≤ 5 ms median | seconds to minutes between tasks (#9976, #36795); ~20 s queued → running (#55937) |");
        Console.WriteLine($"| chain: parent's last log line → child's first log line on a worker (1 ms resolution), median / p95 | {RunTimings.Percentile(logHandoffs, 0.5):F0} / {RunTimings.Percentile(logHandoffs, 0.95):F0} ms | ≤ 5 ms median | - |");
        Console.WriteLine($"| chain of {tasks:N0} no-op tasks: wall time per task (end to end, median round) | {1000 / chainRate:F2} ms ({chainRate:N0} tasks/s) | - | - |");
        Console.WriteLine($"| fan-out/fan-in {tasks:N0} wide: tasks/s (median round) | {fanRate:N0} tasks/s | ≥ 500 tasks/s | scheduler considers 500–1,000 task instances/s (#31185) |");
        Console.WriteLine($"| fan-out/fan-in: root end → each of {tasks:N0} children claimed, median (queueing for 8 slots included) | {RunTimings.Percentile(fanOut, 0.5):F1} ms | - | - |");
        Console.WriteLine($"| fan-out/fan-in: last child end → join claimed, median | {RunTimings.Percentile(joins, 0.5):F2} ms | - | - |");
        Console.WriteLine($"| CPU per task (measured rounds): scheduler process / all worker processes | {cpu.Scheduler:F2} / {cpu.Workers:F2} ms | - | - |");
    }

    private static async Task<int> WorkerAsync(string[] args)
    {
        var server = new Uri(StringOption(args, "--server") ?? throw new ArgumentException("--server is required"));
        var home = StringOption(args, "--home") ?? throw new ArgumentException("--home is required");
        var options = new WorkerOptions(server, home, IntOption(args, "--slots", 4), Environment.CurrentDirectory)
        {
            Secret = Environment.GetEnvironmentVariable(WorkerAccess.SecretVariable),
        };
        await WorkerHost.RunAsync(options, args.Contains("--exit-with-stdin"), TextWriter.Null, CancellationToken.None);
        return 0;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }

    private static string? StringOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
