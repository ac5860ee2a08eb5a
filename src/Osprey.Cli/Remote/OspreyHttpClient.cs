using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Osprey.Core;
using Osprey.Server.Contracts;

namespace Osprey.Cli.Remote;

/// <summary>Sends the REST API's JSON requests to one server and turns MLflow error responses back into <see cref="OspreyException"/>s.</summary>
internal sealed class OspreyHttpClient : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = OspreyJsonContext.Default.Options;
    private readonly HttpClient _http;

    /// <summary>Creates a client for the server at <paramref name="baseAddress"/>, sending <paramref name="token"/> as a bearer token when given.</summary>
    public OspreyHttpClient(Uri baseAddress, string? token)
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
        if (!string.IsNullOrEmpty(token))
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    /// <summary>Sends a GET with query parameters (null values are left out) and reads the JSON answer.</summary>
    public Task<TResponse> GetAsync<TResponse>(string path, CancellationToken ct, params (string Name, string? Value)[] query) =>
        SendAsync<TResponse>(new HttpRequestMessage(HttpMethod.Get, path + QueryString(query)), ct);

    /// <summary>Sends a JSON body with <paramref name="method"/> and reads the JSON answer.</summary>
    public Task<TResponse> SendAsync<TRequest, TResponse>(HttpMethod method, string path, TRequest body, CancellationToken ct) =>
        SendAsync<TResponse>(new HttpRequestMessage(method, path) { Content = JsonContent(body) }, ct);

    /// <summary>Sends a JSON body with <paramref name="method"/> to an endpoint that answers with an empty object.</summary>
    public Task SendAsync<TRequest>(HttpMethod method, string path, TRequest body, CancellationToken ct) =>
        SendAsync<EmptyResponse>(new HttpRequestMessage(method, path) { Content = JsonContent(body) }, ct);

    /// <summary>Downloads a file into memory.</summary>
    public async Task<Stream> DownloadAsync(string path, CancellationToken ct)
    {
        using var response = await _http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, ct);
        await ThrowIfFailedAsync(response, ct);
        var copy = new MemoryStream();
        await response.Content.CopyToAsync(copy, ct);
        copy.Position = 0;
        return copy;
    }

    /// <summary>Uploads a file with PUT; <paramref name="content"/> is disposed once sent.</summary>
    public async Task UploadAsync(string path, Stream content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new StreamContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await _http.SendAsync(request, ct);
        await ThrowIfFailedAsync(response, ct);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<TResponse> SendAsync<TResponse>(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request, ct);
            await ThrowIfFailedAsync(response, ct);
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            try
            {
                return await JsonSerializer.DeserializeAsync<TResponse>(body, Json, ct)
                    ?? throw new InvalidDataException($"The server answered {request.RequestUri} with an empty body.");
            }
            catch (JsonException failure)
            {
                throw new InvalidDataException(
                    $"The answer to {request.RequestUri} is not the JSON an Osprey server sends; is --server pointing at Osprey? ({failure.Message})", failure);
            }
        }
    }

    private static StringContent JsonContent<T>(T body) =>
        new(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");

    private static async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var text = await response.Content.ReadAsStringAsync(ct);
        ApiErrorResponse? error = null;
        try
        {
            error = JsonSerializer.Deserialize<ApiErrorResponse>(text, Json);
        }
        catch (JsonException)
        {
            // Not an MLflow error body (a proxy's HTML page, say): fall back to the status code below.
        }
        var message = string.IsNullOrWhiteSpace(error?.Message) ? $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}" : error.Message;
        var code = ApiErrorCodes.FromName(error?.ErrorCode) ?? FromStatus(response.StatusCode);
        throw code is { } known
            ? new OspreyException(known, message)
            : new InvalidOperationException($"the server failed (HTTP {(int)response.StatusCode}): {message}");
    }

    private static ErrorCode? FromStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.NotFound => ErrorCode.NotFound,
        HttpStatusCode.BadRequest => ErrorCode.InvalidParameter,
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => ErrorCode.Unauthorized,
        HttpStatusCode.RequestEntityTooLarge => ErrorCode.LimitExceeded,
        HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => ErrorCode.Unavailable,
        _ => null,
    };

    private static string QueryString((string Name, string? Value)[] query)
    {
        var parts = query.Where(q => q.Value is not null)
            .Select(q => Uri.EscapeDataString(q.Name) + "=" + Uri.EscapeDataString(q.Value!)).ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
