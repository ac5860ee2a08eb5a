using System.Diagnostics;
using System.Globalization;

namespace Osprey.Bench.Serving;

/// <summary>Runs wrk (Debian's package) against a URL with a POST body read from a file, and parses what it reports.</summary>
internal sealed class Wrk(string workFolder)
{
    /// <summary>Writes the Lua script that POSTs a file's bytes with a content type, and returns its path.</summary>
    public string Script(string name, string bodyPath, string contentType)
    {
        var path = Path.Combine(workFolder, name + ".lua");
        File.WriteAllText(path, $$"""
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "{{contentType}}"
            local f = io.open("{{bodyPath}}", "rb")
            wrk.body = f:read("*a")
            f:close()
            """);
        return path;
    }

    /// <summary>Runs wrk with <paramref name="connections"/> connections (threads: at most two, the cores this machine has) for a duration.</summary>
    public async Task<WrkResult> RunAsync(string url, string script, int connections, TimeSpan duration)
    {
        var threads = Math.Min(connections, 2);
        var arguments = string.Create(CultureInfo.InvariantCulture,
            $"-t{threads} -c{connections} -d{(int)duration.TotalSeconds}s --timeout 10s --latency -s {script} {url}");
        var start = new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; apt-get install wrk");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed: {await process.StandardError.ReadToEndAsync()}");
        }
        return WrkResult.Parse(output);
    }
}
