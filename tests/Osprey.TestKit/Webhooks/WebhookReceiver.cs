using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Osprey.TestKit.Webhooks;

/// <summary>A real HTTP endpoint on 127.0.0.1 (HttpListener) that records every request and answers with the status a test chooses.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<int, int> _status;
    private readonly TimeSpan _delay;
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Task _loop;
    private int _count;

    /// <summary>Starts a receiver; <paramref name="status"/> maps the 0-based request number to the status to answer (200 when omitted);
    /// with a <paramref name="delay"/>, requests are answered one at a time, each after the delay (a slow remote end).</summary>
    public WebhookReceiver(Func<int, int>? status = null, TimeSpan delay = default)
    {
        _status = status ?? (_ => 200);
        _delay = delay;
        (_listener, Address) = Listen();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>Gets the base address, ending in a slash.</summary>
    public Uri Address { get; }

    /// <summary>Gets every request so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived (a guard against hanging, not a measurement).</summary>
    public async Task<IReadOnlyList<ReceivedRequest>> WaitForAsync(int count, TimeSpan? guard = null)
    {
        using var timeout = new CancellationTokenSource(guard ?? TimeSpan.FromSeconds(30));
        while (_requests.Count < count)
        {
            await _arrived.WaitAsync(timeout.Token);
        }
        return Requests;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
        _arrived.Dispose();
    }

    private static (HttpListener, Uri) Listen()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var address = new Uri($"http://127.0.0.1:{port}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(address.ToString());
            try
            {
                listener.Start();
                return (listener, address);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                // Another process took the port between the probe and the start; try another.
                listener.Close();
            }
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
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var status = _status(Interlocked.Increment(ref _count) - 1);
            var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k.ToLowerInvariant(), k => context.Request.Headers[k] ?? "");
            _requests.Enqueue(new ReceivedRequest(context.Request.Url!.AbsolutePath, headers, body.ToArray(), status));
            _arrived.Release();
            if (_delay > TimeSpan.Zero)
            {
                await Task.Delay(_delay);
            }
            try
            {
                context.Response.StatusCode = status;
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // The sender went away (a killed server) before the answer.
            }
        }
    }
}
