using System.Diagnostics;
using System.Text.Json;
using Osprey.Core.Monitoring.Drift;

namespace Osprey.Bench.Drift;

/// <summary>
/// Drift on 1M reference rows against 1M current rows × 23 columns (20 numerical, 3 categorical): Osprey profiles both sides in chunks (columns in
/// parallel), runs the default tests plus the peer's (KS and PSI on numbers, chi-square on categories), and renders the HTML and JSON report;
/// the peer is a NumPy/SciPy per-column loop over the same binary files. File loading is timed apart on both sides.
/// </summary>
internal static class DriftBenchmark
{
    private const int ChunkRows = 65_536;

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = Option(args, "--rows", 1_000_000);
        var rounds = Option(args, "--rounds", 3);
        var folder = Path.GetFullPath(args.SkipWhile(a => a != "--dir").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), $"osprey-drift-bench-{rows}"));
        Directory.CreateDirectory(folder);
        if (!File.Exists(Path.Combine(folder, "current.i32")))
        {
            DriftData.Generate(rows, 1, current: false).Write(folder, "reference");
            DriftData.Generate(rows, 2, current: true).Write(folder, "current");
        }
        var load = Stopwatch.StartNew();
        var reference = DriftData.Read(folder, "reference", rows);
        var current = DriftData.Read(folder, "current", rows);
        load.Stop();
        var times = new List<double>();
        var phases = new List<string>();
        var reportBytes = 0;
        var drifted = 0;
        for (var round = 0; round < rounds; round++)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var watch = Stopwatch.StartNew();
            (reportBytes, drifted, var phase) = Run(reference, current);
            times.Add(watch.Elapsed.TotalSeconds);
            phases.Add($"{phase}, {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:N0} MB allocated");
        }
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"  osprey phases: {string.Join("; ", phases)}");
        if (args.Contains("--no-peer"))
        {
            Console.WriteLine($"  osprey  {Median(times),8:N3} s  (drifted columns {drifted}; rounds {string.Join(", ", times.Select(t => t.ToString("N3")))}; peak working set {peak / 1e6:N0} MB; peak / data = {peak / (double)(reference.Bytes * 2):N2})");
            return 0;
        }
        var peer = await PeerAsync(folder, rows, rounds);
        var median = Median(times);
        var peerMedian = peer.GetProperty("median_seconds").GetDouble();
        Console.WriteLine($"drift: {rows:N0} vs {rows:N0} rows x {DriftData.NumericColumns + DriftData.Categories.Length} columns, medians of {rounds}, data {reference.Bytes * 2 / 1e6:N0} MB in memory");
        Console.WriteLine($"  osprey  {median,8:N3} s  (rounds {string.Join(", ", times.Select(t => t.ToString("N3")))}; load {load.Elapsed.TotalSeconds:N3} s; peak working set {peak / 1e6:N0} MB; report {reportBytes / 1e3:N0} kB; drifted columns {drifted})");
        Console.WriteLine($"  scipy   {peerMedian,8:N3} s  (load {peer.GetProperty("load_seconds").GetDouble():N3} s; peak RSS {peer.GetProperty("peak_bytes").GetDouble() / 1e6:N0} MB; drifted tests {peer.GetProperty("drifted_tests").GetInt32()})");
        Console.WriteLine($"  ratio   {peerMedian / median,8:N1}x faster; peak / data = {peak / (double)(reference.Bytes * 2):N2}");
        return 0;
    }

    private static (int ReportBytes, int Drifted, string Phases) Run(DriftData reference, DriftData current)
    {
        var watch = Stopwatch.StartNew();
        var schema = Enumerable.Range(0, DriftData.NumericColumns).Select(c => new ColumnSchema($"x{c}", ColumnType.Numerical))
            .Concat(DriftData.Categories.Select((_, c) => new ColumnSchema($"cat{c}", ColumnType.Categorical))).ToList();
        var left = Profile(schema, reference, "reference");
        var right = Profile(schema, current, "current");
        var profiled = watch.Elapsed.TotalSeconds;
        var result = DriftAnalyzer.Compare(left, right, new DriftOptions());
        // The peer's own tests, from the same profiles, so both sides do at least the same statistics.
        Parallel.ForEach(schema, column =>
        {
            var (r, c) = (left.Column(column.Name)!, right.Column(column.Name)!);
            foreach (var test in column.Type == ColumnType.Numerical ? new[] { DriftTest.Ks, DriftTest.Psi } : [DriftTest.ChiSquare])
            {
                ColumnDriftCalculator.Compute(r, c, "feature", test);
            }
        });
        var tested = watch.Elapsed.TotalSeconds;
        var html = DriftReport.Build(result).Render();
        var json = DriftJson.Write(result);
        var phases = $"profile {profiled:N3} + tests {tested - profiled:N3} + report {watch.Elapsed.TotalSeconds - tested:N3} s";
        return (html.Length + json.Length, result.DriftedColumns, phases);
    }

    private static DataProfile Profile(IReadOnlyList<ColumnSchema> schema, DriftData data, string name)
    {
        DataProfile profile;
        using (var buffers = new ChunkBuffers(ChunkRows))
        {
            profile = ProfileBuilder.ProfileReadingAhead(schema, buffers.Of(data), name, CancellationToken.None);
        }
        // Every row counted once in every column, none lost to a buffer reused too early.
        return profile.Columns.All(c => c.Count == data.Rows && c.Missing == 0) ? profile
            : throw new InvalidOperationException($"the {name} profile does not count {data.Rows} rows in every column");
    }

    private static async Task<JsonElement> PeerAsync(string folder, int rows, int rounds)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Osprey.slnx")))
        {
            root = root.Parent;
        }
        var script = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository."), "bench", "peers", "drift_scipy.py");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.GetFullPath(script), folder, rows.ToString(), DriftData.NumericColumns.ToString(), DriftData.Categories.Length.ToString(), rounds.ToString() })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } text ? int.Parse(text) : fallback;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
