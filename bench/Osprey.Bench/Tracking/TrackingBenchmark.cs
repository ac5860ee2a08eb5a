using System.Diagnostics;
using System.Globalization;
using System.Text;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Server.Hosting;

namespace Osprey.Bench.Tracking;

/// <summary>Measures the tracking server over real HTTP on loopback: log-batch and log-metric throughput, create-run latency, search latency on a large store.</summary>
internal static class TrackingBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = IntOption(args, "--runs", 100_000);
        var rounds = IntOption(args, "--rounds", 3);
        var home = StringOption(args, "--home") ?? Path.Combine(Path.GetTempPath(), "osprey-bench-tracking");
        Console.WriteLine($"workspace {home}; {Environment.ProcessorCount} cores; search store of {runs:N0} runs x 20 metrics x 10 params");

        var report = new List<(string What, string Osprey, string Target, string Reference)>();
        var fresh = Path.Combine(Path.GetTempPath(), "osprey-bench-writes-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await using var writeServer = await OspreyServerHost.StartAsync(new ServerOptions(new WorkspaceOptions(fresh)) { Urls = "http://127.0.0.1:0" }, CancellationToken.None);
            using var writeClient = new TrackingClient(writeServer.BaseAddress);
            await MeasureWritesAsync(writeServer, writeClient, rounds, report, "new workspace");
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }

        var options = new ServerOptions(new WorkspaceOptions(home)) { Urls = "http://127.0.0.1:0" };
        await using var server = await OspreyServerHost.StartAsync(options, CancellationToken.None);
        using var client = new TrackingClient(server.BaseAddress);
        await SeedSearchStoreAsync(server.Workspace, runs);
        await MeasureWritesAsync(server, client, rounds, report, $"workspace holding {runs:N0} runs");

        foreach (var (name, body, path) in SearchQueries(await ExperimentIdAsync(server.Workspace)))
        {
            var (median, p95) = await SearchLatencyAsync(client, path, body);
            report.Add(($"search: {name}", $"median {median:F1} ms, p95 {p95:F1} ms", name.StartsWith("metric filter", StringComparison.Ordinal) ? "<= 50 ms" : "-", "MLflow 1,004 ms, MLflow-Go 104 ms per SearchRuns"));
        }

        Console.WriteLine();
        Console.WriteLine("| measurement | Osprey | target | published reference |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var row in report)
        {
            Console.WriteLine($"| {row.What} | {row.Osprey} | {row.Target} | {row.Reference} |");
        }
        return 0;
    }

    private static async Task MeasureWritesAsync(OspreyServer server, TrackingClient client, int rounds, List<(string, string, string, string)> report, string where)
    {
        Console.WriteLine($"writes on a {where}");
        var batch = await LogBatchThroughputAsync(client, rounds);
        report.Add(($"log-batch over HTTP, 1,000 metrics/request, 4 clients ({where})", $"{batch:N0} metrics/s", ">= 200,000 metrics/s", "MLflow 1,200 ms per 500-metric batch; MLflow-Go 13 ms"));
        var direct = await ServiceLogBatchThroughputAsync(server.Workspace, rounds);
        report.Add(($"log-batch through the service, no HTTP ({where})", $"{direct:N0} metrics/s", "-", "what HTTP and JSON cost"));
        var single = await SingleMetricThroughputAsync(client, rounds);
        report.Add(($"single log-metric, 32 concurrent clients ({where})", $"{single:N0} requests/s", ">= 5,000 requests/s", "MLflow ~58 ms per 10-metric batch at 20 VUs"));
        var (createMedian, createP99) = await CreateRunLatencyAsync(client);
        report.Add(($"create-run latency, sequential ({where})", $"median {createMedian:F2} ms, p99 {createP99:F2} ms", "-", "MLflow 25 ms, MLflow-Go 13.7 ms"));
    }

    private static async Task<double> LogBatchThroughputAsync(TrackingClient client, int rounds)
    {
        const int Clients = 4, BatchesPerClient = 50, MetricsPerBatch = 1000;
        var experiment = await client.CreateExperimentAsync("bench-batch-" + Guid.NewGuid().ToString("N")[..8]);
        var rates = new List<double>();
        for (var round = 0; round < rounds + 1; round++)
        {
            var runIds = await Task.WhenAll(Enumerable.Range(0, Clients).Select(i => client.CreateRunAsync(experiment, $"batch-{round}-{i}")));
            var bodies = runIds.Select(id => Enumerable.Range(0, BatchesPerClient).Select(b => BatchBody(id, b, MetricsPerBatch)).ToArray()).ToArray();
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(bodies.Select(async perClient =>
            {
                foreach (var body in perClient)
                {
                    await client.PostAsync("api/2.0/mlflow/runs/log-batch", body);
                }
            }));
            var rate = Clients * BatchesPerClient * MetricsPerBatch / watch.Elapsed.TotalSeconds;
            if (round > 0)
            {
                rates.Add(rate); // round 0 warms up the JIT and connections
            }
            Console.WriteLine($"  log-batch round {round}: {rate:N0} metrics/s");
        }
        return Stopwatches.Median(rates);
    }

    private static async Task<double> ServiceLogBatchThroughputAsync(Workspace workspace, int rounds)
    {
        const int Clients = 4, BatchesPerClient = 50, MetricsPerBatch = 1000;
        var experiment = (await workspace.Experiments.CreateAsync("bench-direct-" + Guid.NewGuid().ToString("N")[..8], null, null, default)).ToString();
        var rates = new List<double>();
        for (var round = 0; round < rounds + 1; round++)
        {
            var runIds = new List<string>();
            for (var i = 0; i < Clients; i++)
            {
                runIds.Add((await workspace.Runs.CreateAsync(new CreateRunRequest(experiment, $"direct-{round}-{i}"), default)).Info.RunId.Value);
            }
            var batches = Enumerable.Range(0, BatchesPerClient).Select(b => new RunBatch(
                Enumerable.Range(0, MetricsPerBatch).Select(i => new Metric($"m{i % 10}", i * 0.001 + b, 1_700_000_000_000L + b, b * 100 + i / 10)).ToList(), [], [])).ToList();
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(runIds.Select(async runId =>
            {
                foreach (var batch in batches)
                {
                    await workspace.Runs.LogBatchAsync(runId, batch, default);
                }
            }));
            var rate = Clients * BatchesPerClient * MetricsPerBatch / watch.Elapsed.TotalSeconds;
            if (round > 0)
            {
                rates.Add(rate);
            }
            Console.WriteLine($"  service log-batch round {round}: {rate:N0} metrics/s");
        }
        return Stopwatches.Median(rates);
    }

    private static string BatchBody(string runId, int batch, int count)
    {
        var json = new StringBuilder(count * 64);
        json.Append("{\"run_id\":\"").Append(runId).Append("\",\"metrics\":[");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                $"{{\"key\":\"m{i % 10}\",\"value\":{(i * 0.001 + batch):R},\"timestamp\":{1_700_000_000_000L + batch},\"step\":{batch * 100 + i / 10}}}");
        }
        return json.Append("]}").ToString();
    }

    private static async Task<double> SingleMetricThroughputAsync(TrackingClient client, int rounds)
    {
        const int Workers = 32, PerWorker = 400;
        var experiment = await client.CreateExperimentAsync("bench-single-" + Guid.NewGuid().ToString("N")[..8]);
        var rates = new List<double>();
        for (var round = 0; round < rounds + 1; round++)
        {
            var runId = await client.CreateRunAsync(experiment, $"single-{round}");
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(async w =>
            {
                for (var i = 0; i < PerWorker; i++)
                {
                    await client.PostAsync("api/2.0/mlflow/runs/log-metric",
                        $$"""{"run_id":"{{runId}}","key":"loss","value":{{i * 0.5}},"timestamp":{{1_700_000_000_000L + i}},"step":{{w * PerWorker + i}}}""");
                }
            }));
            var rate = Workers * PerWorker / watch.Elapsed.TotalSeconds;
            if (round > 0)
            {
                rates.Add(rate);
            }
            Console.WriteLine($"  log-metric round {round}: {rate:N0} requests/s");
        }
        return Stopwatches.Median(rates);
    }

    private static async Task<(double Median, double P99)> CreateRunLatencyAsync(TrackingClient client)
    {
        var experiment = await client.CreateExperimentAsync("bench-create-" + Guid.NewGuid().ToString("N")[..8]);
        var times = new Stopwatches();
        for (var i = 0; i < 1100; i++)
        {
            var run = i < 100 ? client.CreateRunAsync(experiment, $"warm-{i}") : times.TimeAsync(() => client.CreateRunAsync(experiment, $"run-{i}"));
            await run;
        }
        return (times.Percentile(50), times.Percentile(99));
    }

    private static async Task SeedSearchStoreAsync(Workspace workspace, int runs)
    {
        const string Name = "search-bench";
        var existing = (await workspace.Experiments.SearchAsync(new SearchRequest($"name = '{Name}'"), default)).Items;
        var experimentId = existing.Count > 0 ? existing[0].Id.ToString() : (await workspace.Experiments.CreateAsync(Name, null, null, default)).ToString();
        var have = await workspace.Runs.CountAsync(new RunSearchRequest([experimentId]), default);
        if (have >= runs)
        {
            Console.WriteLine($"  search store already holds {have:N0} runs");
            return;
        }
        var watch = Stopwatch.StartNew();
        var next = (int)have;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async worker =>
        {
            var random = new Random(worker);
            int index;
            while ((index = Interlocked.Increment(ref next)) <= runs)
            {
                var run = await workspace.Runs.CreateAsync(new CreateRunRequest(experimentId, $"run-{index}", StartTime: 1_700_000_000_000L + index), default);
                var metrics = Enumerable.Range(0, 20).Select(m => new Metric($"m{m}", random.NextDouble(), 1_700_000_000_000L + index, 0)).ToList();
                var parameters = Enumerable.Range(0, 10).Select(p => new Param($"p{p}", "v" + random.Next(10).ToString(CultureInfo.InvariantCulture))).ToList();
                await workspace.Runs.LogBatchAsync(run.Info.RunId.Value, new RunBatch(metrics, parameters, []), default);
                if (index % 10_000 == 0)
                {
                    Console.WriteLine($"  seeded {index:N0} runs ({index / watch.Elapsed.TotalSeconds:N0} runs/s)");
                }
            }
        }));
    }

    private static async Task<string> ExperimentIdAsync(Workspace workspace) =>
        (await workspace.Experiments.GetByNameAsync("search-bench", default)).Id.ToString();

    private static IEnumerable<(string Name, string Body, string Path)> SearchQueries(string experiment)
    {
        const string Mlflow = "api/2.0/mlflow/runs/search";
        yield return ("metric filter + metric order-by, 100 rows", $$"""{"experiment_ids":["{{experiment}}"],"filter":"metrics.m3 > 0.5","order_by":["metrics.m7 DESC"],"max_results":100}""", Mlflow);
        yield return ("metric filter AND param filter, 100 rows", $$"""{"experiment_ids":["{{experiment}}"],"filter":"metrics.m1 < 0.3 and params.p2 = 'v7'","max_results":100}""", Mlflow);
        yield return ("OR + IN, 100 rows", $$"""{"experiment_ids":["{{experiment}}"],"filter":"metrics.m3 > 0.9 or params.p1 IN ('v1', 'v2')","order_by":["metrics.m0 ASC"],"max_results":100}""", Mlflow);
        yield return ("no filter, default order, 100 rows", $$"""{"experiment_ids":["{{experiment}}"],"max_results":100}""", Mlflow);
        yield return ("count only, metric filter", $$"""{"experiment_ids":["{{experiment}}"],"filter":"metrics.m3 > 0.5","count_only":true}""", "api/osprey/runs/search");
    }

    private static async Task<(double Median, double P95)> SearchLatencyAsync(TrackingClient client, string path, string body)
    {
        for (var i = 0; i < 3; i++)
        {
            await client.PostAsync(path, body);
        }
        var times = new Stopwatches();
        for (var i = 0; i < 30; i++)
        {
            await times.TimeAsync(() => client.PostAsync(path, body));
        }
        return (times.Percentile(50), times.Percentile(95));
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        StringOption(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? StringOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
