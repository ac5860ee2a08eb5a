using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Osprey.Server.Tests.Alerting;

/// <summary>A real Prometheus Alertmanager on a free loopback port, with a temporary config whose webhook receiver points at an Osprey server.</summary>
public sealed class AlertmanagerProcess : IAsyncDisposable
{
    private static readonly string[] Candidates = ["/usr/bin/prometheus-alertmanager", "/usr/local/bin/alertmanager", "/usr/bin/alertmanager"];
    private readonly Process _process;
    private readonly string _folder;

    private AlertmanagerProcess(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    /// <summary>Gets the path of the installed binary, or null when Alertmanager is not installed.</summary>
    public static string? Binary => Candidates.FirstOrDefault(File.Exists);

    public Uri Address { get; }

    /// <summary>Starts Alertmanager (no clustering, one-second grouping) and waits until it answers its readiness probe.</summary>
    public static async Task<AlertmanagerProcess> StartAsync(string binary, Uri webhook)
    {
        var folder = Path.Combine(Path.GetTempPath(), "osprey-alertmanager-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        var config = Path.Combine(folder, "alertmanager.yml");
        await File.WriteAllTextAsync(config, $"""
            global:
              resolve_timeout: 5s
            route:
              receiver: osprey
              group_by: ['alertname']
              group_wait: 1s
              group_interval: 1s
              repeat_interval: 1h
            receivers:
              - name: osprey
                webhook_configs:
                  - url: '{webhook}'
                    send_resolved: true
            """);
        var port = FreePort();
        var start = new ProcessStartInfo(binary)
        {
            ArgumentList = { $"--config.file={config}", $"--storage.path={Path.Combine(folder, "data")}", $"--web.listen-address=127.0.0.1:{port}", "--cluster.listen-address=" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {binary}.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var running = new AlertmanagerProcess(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        await running.WaitReadyAsync();
        return running;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Alertmanager exited with code {_process.ExitCode} before becoming ready.");
            }
            try
            {
                using var response = await client.GetAsync("-/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("Alertmanager did not become ready within 15 seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
