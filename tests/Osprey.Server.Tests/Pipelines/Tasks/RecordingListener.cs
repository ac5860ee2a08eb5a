using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Osprey.Server.Tests.Pipelines.Tasks;

/// <summary>An HTTP listener on a free 127.0.0.1 port that records every request and answers with <see cref="Answer"/>.</summary>
internal sealed class RecordingListener : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;

    private RecordingListener(HttpListener listener, string url)
    {
        _listener = listener;
        Url = url;
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public (int Status, string Body) Answer { get; set; } = (200, "");

    public ConcurrentQueue<Request> Received { get; } = new();

    public static RecordingListener Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var url = $"http://127.0.0.1:{port}/";
        var listener = new HttpListener();
        listener.Prefixes.Add(url);
        listener.Start();
        return new RecordingListener(listener, url);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait();
        }
        catch (AggregateException)
        {
            // The loop ends with the listener.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
            Received.Enqueue(new Request(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, await reader.ReadToEndAsync(), headers));
            var (status, body) = Answer;
            context.Response.StatusCode = status;
            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public sealed record Request(string Method, string Path, string Body, IReadOnlyDictionary<string, string> Headers)
    {
        public string? Header(string name) => Headers.GetValueOrDefault(name);
    }
}
