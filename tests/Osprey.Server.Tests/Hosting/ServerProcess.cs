using System.Diagnostics;

namespace Osprey.Server.Tests.Hosting;

/// <summary>The server as a separate operating-system process (the test host around <c>OspreyServerHost.RunAsync</c>), so a test can SIGKILL it.</summary>
public sealed class ServerProcess : IDisposable
{
    private const string ListeningPrefix = "Osprey listening on ";

    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts a server on a free loopback port over <paramref name="home"/> and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(string home)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { HostAssembly(), "--home", home, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("OSPREY_TOKEN");
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the test host.");
        // A guard against a host that never starts, not a measurement.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(guard.Token) is { } line)
        {
            if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
            {
                var address = line[ListeningPrefix.Length..].Split(' ', ',')[0];
                // Keep both pipes drained so a chatty server never blocks on a full pipe.
                _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                return new ServerProcess(process, new Uri(address.TrimEnd('/') + "/"));
            }
        }
        var error = await process.StandardError.ReadToEndAsync(guard.Token);
        process.Dispose();
        throw new InvalidOperationException($"The test host exited before listening: {error}");
    }

    /// <summary>Kills the process with SIGKILL: no shutdown code runs.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
    }

    private static string HostAssembly()
    {
        // The test project builds the host next to itself: tests/Osprey.Server.TestHost/bin/<config>/<tfm>/.
        var ownOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = ownOutput.Name;
        var configuration = ownOutput.Parent!.Name;
        var testsFolder = ownOutput.Parent.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(testsFolder, "Osprey.Server.TestHost", "bin", configuration, tfm, "Osprey.Server.TestHost.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("The test host is not built.", path);
    }
}
