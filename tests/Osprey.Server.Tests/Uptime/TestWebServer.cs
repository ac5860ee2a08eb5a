using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Osprey.Server.Tests.Uptime;

/// <summary>A real HTTP server on 127.0.0.1 whose answer (status, body, delay) the test changes, and which can stop listening and start again on the same port.</summary>
internal sealed class TestWebServer : IDisposable
{
    private HttpListener? _listener;

    public TestWebServer()
    {
        Port = FreePort();
        Start();
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/health");

    public int Status { get; set; } = 200;

    public string Body { get; set; } = "{\"status\":\"ok\"}";

    public TimeSpan Delay { get; set; }

    public string? LastMethod { get; private set; }

    public string? LastBody { get; private set; }

    private System.Collections.Specialized.NameValueCollection? LastHeaders { get; set; }

    public string? LastHeader(string name) => LastHeaders?[name];

    public void Start()
    {
        _listener = new HttpListener();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = ServeAsync(_listener);
    }

    public void Stop()
    {
        _listener?.Close();
        _listener = null;
    }

    public void Dispose() => Stop();

    private async Task ServeAsync(HttpListener listener)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            LastMethod = context.Request.HttpMethod;
            LastHeaders = context.Request.Headers;
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                LastBody = await reader.ReadToEndAsync();
            }
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }
            var bytes = Encoding.UTF8.GetBytes(Body);
            context.Response.StatusCode = Status;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The server was stopped while answering.
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
