using System.Net;
using System.Net.Sockets;

namespace Osprey.Bench.Uptime;

/// <summary>A local HTTP target for the HTTP monitors: answers every request with 200 and a short body.</summary>
internal sealed class BenchTarget : IDisposable
{
    private readonly HttpListener _listener = new();

    public BenchTarget()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    public int Port { get; }

    public long Requests => Interlocked.Read(ref _requests);

    private long _requests;

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        var body = "{\"status\":\"ok\"}"u8.ToArray();
        while (_listener.IsListening)
        {
            try
            {
                var context = await _listener.GetContextAsync();
                Interlocked.Increment(ref _requests);
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
        }
    }
}
