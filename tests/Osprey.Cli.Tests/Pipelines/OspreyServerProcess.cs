using System.Diagnostics;

namespace Osprey.Cli.Tests.Pipelines;

/// <summary>A real <c>osprey server</c> process (the built osprey.dll) on a free loopback port, with its own worker processes, so a test can SIGKILL it.</summary>
internal sealed class OspreyServerProcess : IDisposable
{
    private const string ListeningPrefix = "Osprey listening on ";

    private readonly Process _process;

    private OspreyServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts <c>osprey server --port 0</c> over <paramref name="home"/> with <paramref name="workers"/> workers and waits until it listens.</summary>
    public static async Task<OspreyServerProcess> StartAsync(string home, int workers)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { typeof(Cli).Assembly.Location, "server", "--home", home, "--port", "0" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("OSPREY_TOKEN");
        start.Environment["OSPREY_WORKERS"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start osprey server.");
        // A guard against a server that never starts, not a measurement.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(guard.Token) is { } line)
        {
            var at = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
            if (at >= 0)
            {
                var address = line[(at + ListeningPrefix.Length)..].Split(' ', ',')[0];
                _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                return new OspreyServerProcess(process, new Uri(address.TrimEnd('/') + "/"));
            }
        }
        var error = await process.StandardError.ReadToEndAsync(guard.Token);
        process.Dispose();
        throw new InvalidOperationException($"osprey server exited before listening: {error}");
    }

    /// <summary>Kills the server process with SIGKILL: no shutdown code runs (its workers are left to notice on their own).</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    /// <summary>Stops the server the way Ctrl+C would, letting it stop its workers.</summary>
    public async Task StopAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _process.WaitForExitAsync(guard.Token);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
