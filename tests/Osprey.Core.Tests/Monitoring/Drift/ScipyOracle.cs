using System.Diagnostics;
using System.Text.Json;

namespace Osprey.Core.Tests.Monitoring.Drift;

/// <summary>Runs a Python snippet with Debian's python3 and SciPy (provisioned by CI) and returns the JSON it prints.</summary>
internal static class ScipyOracle
{
    private const string Python = "/usr/bin/python3";

    private static readonly Lazy<string?> Missing = new(Probe);

    /// <summary>Gets why SciPy cannot be used here, or null when it can.</summary>
    public static string? WhyUnavailable => Missing.Value;

    /// <summary>Runs <paramref name="script"/> with <c>data</c> bound to <paramref name="input"/> (as JSON) and parses what it prints.</summary>
    public static JsonElement Run(string script, object input)
    {
        var folder = Directory.CreateTempSubdirectory("osprey-scipy-");
        try
        {
            var inputPath = Path.Combine(folder.FullName, "input.json");
            File.WriteAllText(inputPath, JsonSerializer.Serialize(input));
            var scriptPath = Path.Combine(folder.FullName, "oracle.py");
            File.WriteAllText(scriptPath, $"import json, sys\nimport numpy as np\nfrom scipy import stats\nfrom scipy.spatial import distance\ndata = json.load(open(sys.argv[1]))\n{script}\n");
            var (code, output, error) = Execute(scriptPath, inputPath);
            if (code != 0)
            {
                throw new InvalidOperationException($"python3 failed ({code}): {error}");
            }
            using var document = JsonDocument.Parse(output);
            return document.RootElement.Clone();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? Probe()
    {
        if (!File.Exists(Python))
        {
            return $"{Python} is absent; install python3 and python3-scipy to compare with SciPy";
        }
        var (code, _, error) = Execute("-c", "import scipy.stats, scipy.spatial");
        return code == 0 ? null : $"SciPy is not importable by {Python} ({error.Trim()}); apt-get install python3-scipy";
    }

    private static (int Code, string Output, string Error) Execute(params string[] arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
