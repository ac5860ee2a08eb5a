using System.Diagnostics;
using System.Globalization;
using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.Bench.Serving;
using Osprey.Server.Hosting;
using Osprey.Storage.Sqlite;

namespace Osprey.Bench.Alerts;

/// <summary>Measures alert ingestion with de-duplication: Opsgenie-shaped POST /api/alerts over loopback HTTP, and IAlertSink in process.</summary>
/// <remarks>Each round raises alerts over a fixed set of aliases (1,000 by default), so all but the first raise of each alias is a repeat.</remarks>
internal static class AlertBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var aliases = IntOption(args, "--aliases", 1_000);
        var seconds = IntOption(args, "--seconds", 10);
        var sinkAlerts = IntOption(args, "--sink-alerts", 200_000);
        var concurrency = IntOption(args, "--concurrency", 64);
        var rounds = IntOption(args, "--rounds", 3);
        Console.WriteLine($"{Environment.ProcessorCount} cores; {aliases:N0} aliases; concurrency {concurrency}; {rounds} rounds (median reported)");

        var http = new List<double>();
        var sink = new List<double>();
        var fresh = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            http.Add(await HttpRoundAsync(aliases, TimeSpan.FromSeconds(seconds), concurrency));
            sink.Add(await SinkRoundAsync(aliases, sinkAlerts, concurrency * 4));
            fresh.Add(await SinkRoundAsync(0, sinkAlerts / 10, concurrency * 4));
            Console.WriteLine($"round {round + 1}: HTTP {http[^1]:N0}/s, in-process {sink[^1]:N0}/s, in-process all-new {fresh[^1]:N0}/s");
        }
        Console.WriteLine();
        Console.WriteLine("| path | alerts | aliases | alerts/s (median of rounds) | target |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine($"| POST /api/alerts over loopback HTTP (wrk, {concurrency} connections) | {seconds} s | {aliases:N0} | {Median(http):N0} | ≥ 10,000 |");
        Console.WriteLine($"| IAlertSink.RaiseAsync in process, {concurrency * 4} callers | {sinkAlerts:N0} | {aliases:N0} | {Median(sink):N0} | ≥ 10,000 |");
        Console.WriteLine($"| IAlertSink.RaiseAsync in process, every alert new | {sinkAlerts / 10:N0} | (unique) | {Median(fresh):N0} | — |");
        return 0;
    }

    // wrk (Debian's package) drives the HTTP side: an HttpClient load generator would take most of the two cores from the server.
    private static async Task<double> HttpRoundAsync(int aliases, TimeSpan duration, int connections)
    {
        var home = TempHome();
        try
        {
            await using var server = await OspreyServerHost.StartAsync(new ServerOptions(new WorkspaceOptions(home)) { Urls = "http://127.0.0.1:0" }, CancellationToken.None);
            var script = Path.Combine(home, "alerts.lua");
            await File.WriteAllTextAsync(script, WrkScript(aliases));
            var wrk = new Wrk(home);
            await wrk.RunAsync(new Uri(server.BaseAddress, "/api/alerts").ToString(), script, connections, TimeSpan.FromSeconds(2));
            var result = await wrk.RunAsync(new Uri(server.BaseAddress, "/api/alerts").ToString(), script, connections, duration);
            if (result.Failures > 0)
            {
                throw new InvalidOperationException($"{result.Failures} of {result.Requests} alert posts failed.");
            }
            var stored = await server.Workspace.Stores.Alerts.SearchAsync(new AlertQuery(Status: AlertStatus.Open, Limit: 1), CancellationToken.None);
            Console.WriteLine($"  HTTP: {result.Requests:N0} posts in {duration.TotalSeconds:N0} s, p50 {result.P50Ms:N2} ms, p99 {result.P99Ms:N2} ms; {stored.Total:N0} open alerts");
            return result.RequestsPerSecond;
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static string WrkScript(int aliases) => $$"""
        local n = {{aliases}}
        local counter = 0
        local bodies = {}
        for i = 0, n - 1 do
          bodies[i] = '{"message":"Latency above SLO on replica ' .. i .. '","alias":"bench-' .. i .. '","priority":"P2","tags":["bench","latency"],"entity":"replica-' .. i .. '","source":"bench"}'
        end
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/json"
        request = function()
          counter = counter + 1
          return wrk.format(nil, "/api/alerts", nil, bodies[(counter * 7919) % n])
        end
        """;

    private static async Task<double> SinkRoundAsync(int aliases, int count, int concurrency)
    {
        var home = TempHome();
        try
        {
            await using var database = await SqliteStores.OpenAsync(Path.Combine(home, "osprey.db"), CancellationToken.None);
            var sink = new AlertService(database.Stores.Alerts, TimeProvider.System);
            var requests = aliases == 0 ? null : Enumerable.Range(0, aliases)
                .Select(i => new AlertRequest($"Heartbeat missed for job {i}", $"heartbeat:job-{i}", AlertPriority.P2, ["heartbeat"], Source: "bench")).ToArray();
            AlertRequest Request(int i) => requests?[(int)((uint)(i * 7919) % aliases)] ?? new AlertRequest($"Failure {i}", Tags: ["bench"], Source: "bench");
            return await RunConcurrentAsync(count, concurrency, i => sink.RaiseAsync(Request(i), CancellationToken.None));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    // Runs `count` operations with `concurrency` loops taking the next index; returns operations per second.
    private static async Task<double> RunConcurrentAsync(int count, int concurrency, Func<int, Task> operation)
    {
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await operation(i);
            }
        })));
        return count / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static string TempHome() => Path.Combine(Path.GetTempPath(), "osprey-bench-alerts-" + Guid.NewGuid().ToString("N")[..8]);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
