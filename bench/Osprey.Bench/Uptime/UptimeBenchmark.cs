using System.Diagnostics;
using System.Globalization;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Heartbeats;
using Osprey.Core.Alerting.Uptime;
using Osprey.Server.Alerting.Uptime;
using Osprey.Storage.Sqlite;

namespace Osprey.Bench.Uptime;

/// <summary>Runs thousands of heartbeats and hundreds of HTTP monitors on one engine with the real clock: how late a missed heartbeat is detected, and what an idle engine costs in CPU.</summary>
internal static class UptimeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var heartbeats = Option(args, "--heartbeats", 5000);
        var monitors = Option(args, "--http", 500);
        var quietSeconds = Option(args, "--quiet", 60);
        var home = Directory.CreateTempSubdirectory("osprey-bench-uptime-");
        var clock = TimeProvider.System;
        using var target = new BenchTarget();
        await using var database = await SqliteStores.OpenAsync(Path.Combine(home.FullName, "osprey.db"), CancellationToken.None);
        var sink = new DetectionSink(clock);
        using var http = new HttpClient();
        using var probe = new HttpProbe(http, clock, 64);
        var engine = new UptimeEngine(database.Stores.Uptime, sink, null, new UptimeProbes(probe, new TcpProbe(clock)), clock, new ConsoleLog());
        using var stop = new CancellationTokenSource();
        var loop = engine.RunAsync(stop.Token);

        Console.WriteLine($"uptime benchmark: {heartbeats} heartbeats, {monitors} HTTP monitors (target 127.0.0.1:{target.Port}), {Environment.ProcessorCount} cores");
        var delays = await DetectionAsync(engine, sink, heartbeats, monitors, target, clock);
        Report("detection delay after period + grace (ms)", delays);

        var cpu = await QuietCpuAsync(engine, heartbeats, monitors, target, quietSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quiet engine ({heartbeats} heartbeats waiting on 1h periods, {monitors} HTTP monitors every 60s): {cpu:F2}% of one core over {quietSeconds}s (process CPU time, target server included)"));
        await stop.CancelAsync();
        await loop;
        home.Delete(recursive: true);
        return 0;
    }

    // Every heartbeat is pinged once with a 10-20 s period and 0-4 s grace; a fifth are pinged again halfway and must not fire early; all fire once their deadline passes.
    private static async Task<List<double>> DetectionAsync(UptimeEngine engine, DetectionSink sink, int count, int monitors, BenchTarget target, TimeProvider clock)
    {
        var random = new Random(7);
        var deadlines = new Dictionary<string, long>(StringComparer.Ordinal);
        var beats = new List<MonitorDefinition>();
        for (var i = 0; i < count; i++)
        {
            var period = TimeSpan.FromMilliseconds(random.Next(10_000, 20_000));
            var grace = TimeSpan.FromMilliseconds(random.Next(0, 4_000));
            beats.Add(Definition($"beat-{i:D5}", MonitorKind.Heartbeat) with { Heartbeat = new HeartbeatSettings(period, grace, HeartbeatTokens.Create()) });
        }
        for (var i = 0; i < monitors; i++)
        {
            engine.Apply(Definition($"web-{i:D4}", MonitorKind.Http) with
            {
                Interval = TimeSpan.FromSeconds(5),
                Http = new HttpCheck(new Uri($"http://127.0.0.1:{target.Port}/health"), "GET", new Dictionary<string, string>(), null, TimeSpan.FromSeconds(5), [], "ok", null, null),
            });
        }
        var pinging = Stopwatch.StartNew();
        foreach (var beat in beats)
        {
            engine.Apply(beat);
            var at = clock.GetUtcNow().ToUnixTimeMilliseconds();
            await engine.PingAsync(beat.Heartbeat!.Token, PingKind.Success, CancellationToken.None);
            deadlines[$"heartbeat:{beat.Name}"] = at + (long)beat.Heartbeat.Deadline.TotalMilliseconds;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"created and pinged {count} heartbeats in {pinging.Elapsed.TotalSeconds:F1}s"));
        await Task.Delay(TimeSpan.FromSeconds(5));
        foreach (var beat in beats.Where((_, i) => i % 5 == 0))
        {
            var at = clock.GetUtcNow().ToUnixTimeMilliseconds();
            if (deadlines[$"heartbeat:{beat.Name}"] - at < 1_000)
            {
                // Too close to (or past) its deadline to count as pinged in time; it stays a miss to detect.
                continue;
            }
            await engine.PingAsync(beat.Heartbeat!.Token, PingKind.Success, CancellationToken.None);
            deadlines[$"heartbeat:{beat.Name}"] = at + (long)beat.Heartbeat.Deadline.TotalMilliseconds;
        }
        var last = deadlines.Values.Max();
        while (clock.GetUtcNow().ToUnixTimeMilliseconds() < last + 2_000)
        {
            await Task.Delay(500);
        }
        var early = sink.Raised.Count(r => r.Key.StartsWith("heartbeat:", StringComparison.Ordinal) && r.Value < deadlines[r.Key]);
        var missing = deadlines.Keys.Count(k => !sink.Raised.ContainsKey(k));
        var webDown = sink.Raised.Keys.Count(k => k.StartsWith("uptime:", StringComparison.Ordinal));
        Console.WriteLine($"heartbeats detected: {deadlines.Count - missing}/{deadlines.Count}, early (false) alarms: {early}, HTTP monitors down: {webDown}, HTTP checks served: {target.Requests}");
        return [.. deadlines.Where(d => sink.Raised.ContainsKey(d.Key)).Select(d => (double)(sink.Raised[d.Key] - d.Value))];
    }

    private static async Task<double> QuietCpuAsync(UptimeEngine engine, int count, int monitors, BenchTarget target, int seconds)
    {
        foreach (var definition in engine.Definitions())
        {
            engine.Apply(definition.Kind == MonitorKind.Heartbeat
                ? definition with { Heartbeat = definition.Heartbeat! with { Period = TimeSpan.FromHours(1) } }
                : definition with { Interval = TimeSpan.FromSeconds(60) });
        }
        foreach (var beat in engine.Definitions().Where(d => d.Kind == MonitorKind.Heartbeat))
        {
            await engine.PingAsync(beat.Heartbeat!.Token, PingKind.Success, CancellationToken.None);
        }
        await Task.Delay(TimeSpan.FromSeconds(5));
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        process.Refresh();
        var used = process.TotalProcessorTime - cpuBefore;
        _ = (count, monitors, target);
        return used.TotalMilliseconds / wall.Elapsed.TotalMilliseconds * 100;
    }

    private static MonitorDefinition Definition(string name, MonitorKind kind) =>
        new(name, kind, TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.Zero, AlertPriority.P3, [], false, true, []);

    private static void Report(string what, List<double> values)
    {
        if (values.Count == 0)
        {
            Console.WriteLine($"{what}: no samples");
            return;
        }
        values.Sort();
        double At(double q) => values[(int)Math.Min(values.Count - 1, Math.Ceiling(q * values.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: n={values.Count} median={At(0.5):F0} p99={At(0.99):F0} max={values[^1]:F0}"));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed class ConsoleLog : IUptimeLog
    {
        public void Failed(string monitor, string what, Exception error) => Console.Error.WriteLine($"{monitor}: could not {what}: {error.Message}");
    }
}
