using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Osprey.Core;

namespace Osprey.Cli.Commands;

/// <summary>Calls the release controls of a running <c>osprey serve</c> process (<c>/admin/...</c>), turning its errors into <see cref="OspreyException"/>s.</summary>
internal sealed class ServeClient(Uri baseAddress, string? token) : IDisposable
{
    /// <summary>The serve address used when neither <c>--url</c> nor <c>OSPREY_SERVE_URL</c> is set.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    private readonly HttpClient _http = Create(baseAddress, token);

    /// <summary>Sends a call and returns the JSON answer.</summary>
    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }
        using var response = await _http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        JsonElement json;
        try
        {
            json = JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new OspreyException(ErrorCode.Unavailable, $"{baseAddress} answered {(int)response.StatusCode} with something other than JSON; is it an osprey serve process?");
        }
        if (!response.IsSuccessStatusCode)
        {
            var message = json.TryGetProperty("message", out var m) ? m.GetString() : text;
            throw new OspreyException(CodeOf((int)response.StatusCode), message ?? $"{baseAddress} answered {(int)response.StatusCode}.");
        }
        return json;
    }

    /// <summary>Returns the only served model's name, for commands run without <c>--model</c>.</summary>
    public async Task<string> SingleModelAsync(CancellationToken ct)
    {
        var status = await SendAsync(HttpMethod.Get, "admin/status", null, ct);
        var names = status.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("model").GetString()!).ToList();
        return names.Count == 1 ? names[0]
            : throw OspreyException.Invalid($"The server serves several models ({string.Join(", ", names)}); choose one with --model.");
    }

    public void Dispose() => _http.Dispose();

    private static HttpClient Create(Uri baseAddress, string? token)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseAddress.ToString().TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(2) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return http;
    }

    private static ErrorCode CodeOf(int status) => status switch
    {
        401 => ErrorCode.Unauthorized,
        404 => ErrorCode.NotFound,
        413 => ErrorCode.LimitExceeded,
        503 => ErrorCode.Unavailable,
        >= 400 and < 500 => ErrorCode.InvalidParameter,
        _ => ErrorCode.Unavailable,
    };
}
