using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Osprey.Core.Data;
using Osprey.Core.Monitoring.Checks;
using Osprey.Core.Monitoring.Checks.Yaml;

namespace Osprey.Bench.Checks;

/// <summary>Times the 20-check suite on a generated table (1,000,000 rows by default), loading apart from checking, against pandas on the same file.</summary>
internal static class ChecksBenchmark
{
    public static int Run(string[] args)
    {
        var rows = Option(args, "--rows", 1_000_000);
        var rounds = Option(args, "--rounds", 3);
        var folder = Directory.CreateTempSubdirectory("osprey-bench-checks-").FullName;
        try
        {
            var path = Path.Combine(folder, "orders.csv");
            ChecksData.Write(path, rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"data: {rows:N0} rows, {new FileInfo(path).Length / 1e6:0.#} MB; {rounds} rounds; {Environment.ProcessorCount} cores"));
            var suite = CheckSuiteLoader.Load("bench.yaml", ChecksSuite.Yaml).ValueOrThrow();
            var engine = new CheckEngine(new FixedClock(ChecksData.Now));
            var loads = new List<double>();
            var checks = new List<double>();
            SuiteResult? result = null;
            // Round 0 warms the JIT up and is not counted.
            for (var round = 0; round <= rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                var table = CsvTableReader.Read(path);
                var load = watch.Elapsed.TotalSeconds;
                watch.Restart();
                result = engine.Run(suite, table, "orders");
                if (round > 0)
                {
                    loads.Add(load);
                    checks.Add(watch.Elapsed.TotalSeconds);
                }
            }
            if (args.Contains("--each"))
            {
                Each(suite, CsvTableReader.Read(path));
            }
            Report(result!, loads, checks, Peer(path, rounds));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Each(CheckSuite suite, Table table)
    {
        var engine = new CheckEngine(new FixedClock(ChecksData.Now)) { MaxParallelism = 1 };
        foreach (var check in suite.Checks)
        {
            var watch = Stopwatch.StartNew();
            engine.Run(suite with { Checks = [check] }, table, "orders");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  alone, one thread: {check.DisplayName,-30} {watch.Elapsed.TotalMilliseconds,8:0.0} ms"));
        }
    }

    private static JsonElement? Peer(string path, int rounds)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "peers", "checks_pandas.py");
        var start = new ProcessStartInfo("/usr/bin/python3", [Path.GetFullPath(script), path, rounds.ToString(CultureInfo.InvariantCulture), ChecksData.Now.ToString("o")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.WriteLine($"pandas peer failed (is python3-pandas installed?): {error.Trim()}");
            return null;
        }
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private static void Report(SuiteResult result, List<double> loads, List<double> checks, JsonElement? peer)
    {
        Console.WriteLine();
        Console.WriteLine($"{"check",-30} {"osprey",-10} {"observed / unexpected",-24} {"pandas",-8} {"observed / unexpected",-24}");
        foreach (var check in result.Checks)
        {
            var ours = CheckKindNames.IsRowCheck(check.Kind) ? check.UnexpectedCount.ToString(CultureInfo.InvariantCulture) : check.Observed ?? "-";
            var theirs = peer is { } p && p.GetProperty("results").TryGetProperty(Key(check), out var r) ? r : (JsonElement?)null;
            var theirValue = theirs is { } t ? (t.TryGetProperty("unexpected", out var u) ? u.GetRawText() : t.TryGetProperty("observed", out var o) ? o.GetRawText() : "-") : "?";
            var theirStatus = theirs is { } s ? (s.GetProperty("pass").GetBoolean() ? "pass" : "fail") : "?";
            Console.WriteLine($"{check.Name,-30} {SuiteReport.Status(check.Status),-10} {ours,-24} {theirStatus,-8} {theirValue,-24}");
        }
        Console.WriteLine();
        var ourLoad = Median(loads);
        var ourCheck = Median(checks);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"osprey  load {ourLoad:0.000} s   checks {ourCheck:0.000} s   (medians of {checks.Count}; checks: {string.Join(", ", checks.Select(c => c.ToString("0.000", CultureInfo.InvariantCulture)))})"));
        if (peer is { } pandas)
        {
            var theirLoad = Median([.. pandas.GetProperty("load_s").EnumerateArray().Select(e => e.GetDouble())]);
            var theirChecks = pandas.GetProperty("check_s").EnumerateArray().Select(e => e.GetDouble()).ToList();
            var theirCheck = Median(theirChecks);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pandas  load {theirLoad:0.000} s   checks {theirCheck:0.000} s   (pandas {pandas.GetProperty("pandas").GetString()}; checks: {string.Join(", ", theirChecks.Select(c => c.ToString("0.000", CultureInfo.InvariantCulture)))})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio (pandas / osprey): load {theirLoad / ourLoad:0.0}x, checks {theirCheck / ourCheck:0.0}x"));
        }
    }

    private static string Key(CheckResult check) => check.Kind == CheckKind.Schema ? "schema" : check.Kind == CheckKind.RowCount ? "row_count" : check.Name;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
