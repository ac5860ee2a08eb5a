using System.Diagnostics;
using System.Globalization;
using System.Text;
using Osprey.Core.Alerting.Uptime;

namespace Osprey.Server.Alerting.Uptime;

/// <summary>Checks HTTP(S) monitors through one shared client, at most <paramref name="concurrency"/> requests at a time.</summary>
public sealed class HttpProbe(HttpClient http, TimeProvider clock, int concurrency = 64) : IProbe, IDisposable
{
    private const int MaxBodyChars = 1 << 20;
    private readonly SemaphoreSlim _slots = new(concurrency, concurrency);

    /// <inheritdoc/>
    public async Task<CheckOutcome> CheckAsync(MonitorDefinition monitor, CancellationToken ct)
    {
        var check = monitor.Http ?? throw new ArgumentException($"monitor '{monitor.Name}' is not an HTTP monitor", nameof(monitor));
        await _slots.WaitAsync(ct);
        try
        {
            return await SendAsync(check, ct);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task<CheckOutcome> SendAsync(HttpCheck check, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(check.Timeout);
        var started = clock.GetTimestamp();
        try
        {
            using var request = Request(check);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = check.Keyword is null && check.KeywordAbsent is null ? "" : await ReadBodyAsync(response, timeout.Token);
            var latency = clock.GetElapsedTime(started).TotalMilliseconds;
            return Judge(check, (int)response.StatusCode, body, latency);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return CheckOutcome.Fail($"no answer within {Osprey.Core.Pipelines.DurationText.Format(check.Timeout)}", clock.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (HttpRequestException e)
        {
            return CheckOutcome.Fail($"request failed: {e.Message}", clock.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static HttpRequestMessage Request(HttpCheck check)
    {
        var request = new HttpRequestMessage(new HttpMethod(check.Method), check.Url);
        if (check.Body is not null)
        {
            request.Content = new StringContent(check.Body, Encoding.UTF8, check.Headers.GetValueOrDefault("Content-Type") ?? "application/json");
        }
        foreach (var (name, value) in check.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value) && request.Content is not null)
            {
                request.Content.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return request;
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct), Encoding.UTF8);
        var buffer = new char[MaxBodyChars];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
        return new string(buffer, 0, read);
    }

    private static CheckOutcome Judge(HttpCheck check, int status, string body, double latency)
    {
        var statusOk = check.ExpectedStatus.Count == 0 ? status is >= 200 and < 300 : check.ExpectedStatus.Contains(status);
        if (!statusOk)
        {
            var expected = check.ExpectedStatus.Count == 0 ? "2xx" : string.Join(", ", check.ExpectedStatus);
            return CheckOutcome.Fail($"status {status.ToString(CultureInfo.InvariantCulture)} (expected {expected})", latency);
        }
        if (check.Keyword is { } keyword && !body.Contains(keyword, StringComparison.Ordinal))
        {
            return CheckOutcome.Fail($"keyword '{keyword}' not found in the response", latency);
        }
        if (check.KeywordAbsent is { } forbidden && body.Contains(forbidden, StringComparison.Ordinal))
        {
            return CheckOutcome.Fail($"keyword '{forbidden}' found in the response", latency);
        }
        if (check.MaxResponseTime is { } max && latency > max.TotalMilliseconds)
        {
            return CheckOutcome.Fail($"slow response: {latency.ToString("F0", CultureInfo.InvariantCulture)} ms (limit {max.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms)", latency);
        }
        return CheckOutcome.Pass(latency);
    }
}
