using System.Globalization;
using Osprey.Bench.Learning;

// Osprey learning benchmark: Osprey's learners against XGBoost and scikit-learn on the same rows, in one run.
// Usage: dotnet run -c Release --project bench/learning/Osprey.Bench.Learning -- [--rows 1000000] [--out DIR] [--skip-peers]
var options = BenchOptions.Parse(args);
Directory.CreateDirectory(options.Output);
Console.WriteLine($"# Osprey learning benchmark ({Environment.ProcessorCount} processors, .NET {Environment.Version}, load {File.ReadAllText("/proc/loadavg").Trim()})");
var results = new List<BenchResult>();
var latency = new List<string>();
if (options.Only is null or "synthetic")
{
    results.AddRange(SyntheticSuite.Run(options, latency));
}
if (options.Only is "scoring")
{
    ScoringSuite.Run(options, latency);
}
if (options.Only is null or "telco")
{
    results.AddRange(TelcoSuite.Run(options, latency));
}
var table = ResultTable.Markdown(results);
Console.WriteLine();
Console.WriteLine(table);
foreach (var line in latency)
{
    Console.WriteLine(line);
}
File.WriteAllText(Path.Combine(options.Output, "results.md"), table + Environment.NewLine + string.Join(Environment.NewLine, latency) + Environment.NewLine);
Console.WriteLine($"written to {Path.Combine(options.Output, "results.md")} at {TimeProvider.System.GetUtcNow().ToString("u", CultureInfo.InvariantCulture)}");
