using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Osprey.Bench.Learning;

/// <summary>Runs a peer script under /usr/bin/python3 on the CSVs the benchmark wrote and reads its one-line JSON result.</summary>
internal sealed class PeerRunner(string peersDirectory)
{
    public BenchResult? Run(string data, string script, string train, string test, string target, string arguments, string note = "")
    {
        var start = new ProcessStartInfo("/usr/bin/python3", $"\"{Path.Combine(peersDirectory, script)}\" \"{train}\" \"{test}\" {target} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = peersDirectory,
        };
        start.Environment["OMP_NUM_THREADS"] = "2";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith('{'));
        if (process.ExitCode != 0 || line is null)
        {
            Console.Error.WriteLine($"peer {script} failed ({process.ExitCode}): {error.Trim()}");
            return null;
        }
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return new BenchResult(data, $"{root.GetProperty("peer").GetString()} {root.GetProperty("version").GetString()}",
            root.GetProperty("train_seconds").GetDouble(), root.GetProperty("score_rows_per_second").GetDouble(),
            root.GetProperty("auc").GetDouble(), root.GetProperty("log_loss").GetDouble(), note);
    }

    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
