using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Osprey.Core.Data;

namespace Osprey.Bench.Serving;

/// <summary>
/// Measures <c>osprey serve</c> against the FastAPI + uvicorn (2 workers) + scikit-learn peer with wrk on loopback, side by side in one run:
/// single-row throughput and p50/p99 at 1, 16 and 64 connections, logging on and off, batch rows per second, and bytes allocated per request.
/// </summary>
internal static class ServingBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var duration = TimeSpan.FromSeconds(IntOption(args, "--seconds", 10));
        var trees = IntOption(args, "--trees", 100);
        var rounds = IntOption(args, "--rounds", 3);
        var connections = (StringOption(args, "--connections") ?? "1,16,64").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        var root = RepositoryRoot();
        var csv = Path.Combine(root, "data", "telco-churn.csv");
        var work = Path.Combine(Path.GetTempPath(), "osprey-bench-serving-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        try
        {
            var osprey = await ServingRuns.BuildCliAsync(root);
            await BenchWorkspace.RegisterAsync(Path.Combine(work, "home"), csv, trees);
            var bodies = WriteBodies(work, csv);
            var runs = new ServingRuns(new Wrk(work), bodies, duration, root, csv, Path.Combine(work, "home"), osprey, trees);
            var report = await runs.MeasureAsync(connections, args.Contains("--no-peer"), rounds);
            Console.WriteLine();
            Console.WriteLine($"{Environment.ProcessorCount} cores, wrk {duration.TotalSeconds:F0} s per run after a 3 s warm-up, loopback; request: one churn row with 19 named features; Osprey: median of {rounds} alternating runs per side");
            foreach (var line in report)
            {
                Console.WriteLine(line);
            }
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static BenchBodies WriteBodies(string work, string csv)
    {
        var table = CsvTableReader.Read(csv);
        var single = Path.Combine(work, "single.json");
        File.WriteAllText(single, new JsonObject { ["features"] = BenchWorkspace.Features(table, 0) }.ToJsonString());
        var batch = Path.Combine(work, "batch.json");
        var rows = new JsonArray(Enumerable.Range(0, 1000).Select(r => (JsonNode)BenchWorkspace.Features(table, r)).ToArray());
        File.WriteAllText(batch, new JsonObject { ["rows"] = rows }.ToJsonString());
        return new BenchBodies(single, batch, 1000, csv, table.RowCount);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Osprey.slnx")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        StringOption(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? StringOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
