using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Osprey.Bench.Serving;

/// <summary>Starts each server as its own process, drives it with wrk and collects throughput, latency, CPU and allocation figures.</summary>
internal sealed class ServingRuns(Wrk wrk, BenchBodies bodies, TimeSpan duration, string root, string csv, string home, string osprey, int trees)
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <summary>Builds the osprey command in Release and returns the path of its executable.</summary>
    public static async Task<string> BuildCliAsync(string root)
    {
        using var build = Process.Start(new ProcessStartInfo("dotnet", "build src/Osprey.Cli -c Release -nologo -v quiet") { WorkingDirectory = root })!;
        await build.WaitForExitAsync();
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet build src/Osprey.Cli failed");
        }
        return Path.Combine(root, "src", "Osprey.Cli", "bin", "Release", "net10.0", "osprey");
    }

    /// <summary>
    /// Measures both Osprey servers (prediction log on and off, running side by side) in alternating runs, <paramref name="rounds"/> pairs per
    /// connection count, so a change in the machine's load hits both alike; reports each side's median run and the median paired cost of logging.
    /// </summary>
    public async Task<List<string>> MeasureAsync(int[] connections, bool noPeer, int rounds)
    {
        var single = wrk.Script("single", bodies.Single, "application/json");
        var results = new Dictionary<(string Server, int Connections), Measured>();
        var logCost = new Dictionary<int, double>();
        string logFigures;
        List<string> batch;
        await using (var logged = await StartOspreyAsync(log: true))
        await using (var unlogged = await StartOspreyAsync(log: false))
        {
            foreach (var c in connections)
            {
                var on = new List<Measured>();
                var off = new List<Measured>();
                for (var round = 0; round < rounds; round++)
                {
                    on.Add(await MeasureAsync(logged, "predict", single, c, dotnet: true));
                    off.Add(await MeasureAsync(unlogged, "predict", single, c, dotnet: true));
                }
                results[("osprey", c)] = Median(on);
                results[("osprey-nolog", c)] = Median(off);
                logCost[c] = on.Zip(off, (a, b) => 1 - a.Wrk.RequestsPerSecond / b.Wrk.RequestsPerSecond).Order().ElementAt(rounds / 2);
            }
            logFigures = LogFigures(await MetricsAsync(logged));
            batch = await BatchAsync(unlogged);
        }
        if (!noPeer)
        {
            await using var peer = await StartPeerAsync();
            foreach (var c in connections)
            {
                results[("peer", c)] = await MeasureAsync(peer, "predict", single, c, dotnet: false);
            }
        }
        return BenchReport.Lines(connections, results, logCost, batch, logFigures, noPeer);
    }

    private static Measured Median(List<Measured> runs) => runs.OrderBy(r => r.Wrk.RequestsPerSecond).ElementAt(runs.Count / 2);

    private async Task<List<string>> BatchAsync(ServedProcess server)
    {
        var lines = new List<string>();
        var json = wrk.Script("batch", bodies.Batch, "application/json");
        var table = wrk.Script("csv", bodies.Csv, "text/csv");
        foreach (var c in new[] { 1, 2, 4 })
        {
            var result = await MeasureAsync(server, "predict/batch", json, c, dotnet: true);
            lines.Add(BenchReport.BatchLine($"JSON, {bodies.BatchRows:N0} named rows per request", c, result, bodies.BatchRows));
        }
        foreach (var c in new[] { 1, 2 })
        {
            var result = await MeasureAsync(server, "predict/batch", table, c, dotnet: true);
            lines.Add(BenchReport.BatchLine($"CSV upload, {bodies.CsvRows:N0} rows per request", c, result, bodies.CsvRows));
        }
        return lines;
    }

    private async Task<Measured> MeasureAsync(ServedProcess server, string path, string script, int connections, bool dotnet)
    {
        var url = new Uri(server.BaseAddress, path).ToString();
        await wrk.RunAsync(url, script, connections, WarmUp);
        var allocated = dotnet ? Allocated(await MetricsAsync(server)) : 0;
        var cpu = server.CpuSeconds();
        var result = await wrk.RunAsync(url, script, connections, duration);
        var cpuUsed = server.CpuSeconds() - cpu;
        var bytes = dotnet ? (Allocated(await MetricsAsync(server)) - allocated) / Math.Max(1, result.Requests) : double.NaN;
        Console.WriteLine($"  {path} {connections,3} connections: {result.RequestsPerSecond,10:N0} req/s  p50 {result.P50Ms:F2} ms  p99 {result.P99Ms:F2} ms  failures {result.Failures}  server cpu {cpuUsed:F1} s");
        return new Measured(result, cpuUsed, bytes);
    }

    private Task<ServedProcess> StartOspreyAsync(bool log)
    {
        var port = FreePort();
        Console.WriteLine($"osprey serve (prediction log {(log ? "on" : "off")}) on port {port}");
        var arguments = string.Create(CultureInfo.InvariantCulture, $"serve --home {home} --model churn@champion --port {port}{(log ? "" : " --no-prediction-log")}");
        return ServedProcess.StartAsync(osprey, arguments, port, new Dictionary<string, string>(), root);
    }

    private Task<ServedProcess> StartPeerAsync()
    {
        var port = FreePort();
        Console.WriteLine($"FastAPI + uvicorn (2 workers) + scikit-learn on port {port}");
        var arguments = string.Create(CultureInfo.InvariantCulture,
            $"-m uvicorn serving_fastapi:app --app-dir bench/peers --workers 2 --host 127.0.0.1 --port {port} --log-level warning");
        var environment = new Dictionary<string, string> { ["CHURN_CSV"] = csv, ["OMP_NUM_THREADS"] = "1", ["TREES"] = trees.ToString(CultureInfo.InvariantCulture) };
        return ServedProcess.StartAsync("/usr/bin/python3", arguments, port, environment, root);
    }

    private static async Task<string> MetricsAsync(ServedProcess server)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        return await http.GetStringAsync("metrics");
    }

    private static double Allocated(string metrics) =>
        double.Parse(Regex.Match(metrics, @"^dotnet_gc_allocated_bytes_total (\S+)$", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);

    private static string LogFigures(string metrics)
    {
        string Value(string name) => Regex.Match(metrics, $@"^{name} (\S+)$", RegexOptions.Multiline).Groups[1].Value;
        return $"prediction log during the logged runs: {double.Parse(Value("prediction_log_written_total"), CultureInfo.InvariantCulture):N0} written, " +
            $"{double.Parse(Value("prediction_log_dropped_total"), CultureInfo.InvariantCulture):N0} dropped (queue of {double.Parse(Value("prediction_log_queue_capacity_rows"), CultureInfo.InvariantCulture):N0} rows)";
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
