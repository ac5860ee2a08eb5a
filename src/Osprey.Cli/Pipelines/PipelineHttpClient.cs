using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Osprey.Core;
using Osprey.Server.Contracts;

namespace Osprey.Cli.Pipelines;

/// <summary>Calls a server's pipeline endpoints with the pipeline JSON contracts and turns error bodies back into <see cref="OspreyException"/>s.</summary>
internal sealed class PipelineHttpClient(Uri baseAddress, string? token) : IAsyncDisposable
{
    private readonly HttpClient _http = Create(baseAddress, token);

    public async Task<TResponse> GetAsync<TResponse>(string path, JsonTypeInfo<TResponse> type, CancellationToken ct)
    {
        using var response = await _http.GetAsync(path, ct);
        return await ReadAsync(response, type, ct);
    }

    public async Task<TResponse> SendAsync<TRequest, TResponse>(HttpMethod method, string path, TRequest body, JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, requestType) };
        using var response = await _http.SendAsync(request, ct);
        return await ReadAsync(response, responseType, ct);
    }

    public async Task SendAsync(HttpMethod method, string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        using var response = await _http.SendAsync(request, ct);
        await ThrowIfFailedAsync(response, ct);
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private static HttpClient Create(Uri baseAddress, string? token)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
        if (!string.IsNullOrEmpty(token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return http;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken ct)
    {
        await ThrowIfFailedAsync(response, ct);
        try
        {
            return await response.Content.ReadFromJsonAsync(type, ct)
                ?? throw new InvalidDataException($"The server answered {response.RequestMessage?.RequestUri} with an empty body.");
        }
        catch (JsonException failure)
        {
            throw new InvalidDataException($"The answer to {response.RequestMessage?.RequestUri} is not the JSON an Osprey server sends ({failure.Message}).", failure);
        }
    }

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
            error = JsonSerializer.Deserialize(text, OspreyJsonContext.Default.ApiErrorResponse);
        }
        catch (JsonException)
        {
            // Not an API error body; the status code speaks instead.
        }
        var message = string.IsNullOrWhiteSpace(error?.Message) ? $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}" : error.Message;
        throw ApiErrorCodes.FromName(error?.ErrorCode) is { } code
            ? new OspreyException(code, message)
            : (int)response.StatusCode == 404
                ? OspreyException.NotFound($"{message} (is the server an Osprey with pipelines?)")
                : new InvalidOperationException($"the server failed (HTTP {(int)response.StatusCode}): {message}");
    }
}
