using System.Globalization;
using System.Text;
using System.Text.Json;
using Osprey.Core.Pipelines.Tasks;

namespace Osprey.Server.Pipelines.Tasks;

/// <summary>Runs <c>http</c> tasks: one request, failing unless the status is expected; outputs <c>status</c> and <c>body</c> (JSON when it parses, else text).</summary>
public sealed class HttpTaskRunner(HttpClient http) : ITaskRunner
{
    private const int MaxBodyChars = 16 * 1024;

    /// <inheritdoc/>
    public string Type => BuiltInTaskTypes.Http.Name;

    /// <inheritdoc/>
    public async Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var settings = run.Settings;
        var url = WebTarget.Url(run, "url");
        using var request = new HttpRequestMessage(new HttpMethod((settings.OptionalText("method") ?? "GET").ToUpperInvariant()), url);
        foreach (var (name, value) in settings.TextMap("headers"))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        if (settings.Value("body") is { } body)
        {
            request.Content = body.ValueKind == JsonValueKind.String
                ? new StringContent(body.GetString()!, Encoding.UTF8, "text/plain")
                : new StringContent(body.GetRawText(), Encoding.UTF8, "application/json");
        }
        run.Log.Note($"{request.Method} {url}");
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var status = (int)response.StatusCode;
        run.Log.Note($"answered {status.ToString(CultureInfo.InvariantCulture)} with {text.Length.ToString(CultureInfo.InvariantCulture)} characters");
        var expected = ExpectedStatuses(settings);
        if (expected is null ? status is < 200 or > 299 : !expected.Contains(status))
        {
            var wanted = expected is null ? "2xx" : string.Join(" or ", expected);
            return TaskResult.Failed($"{request.Method} {url} answered {status}, expected {wanted}{(text.Length == 0 ? "" : $": {Clip(text, 200)}")}");
        }
        return TaskResult.Succeeded(new Dictionary<string, JsonElement>
        {
            ["status"] = JsonSerializer.SerializeToElement(status),
            ["body"] = Body(text),
        });
    }

    private static List<int>? ExpectedStatuses(TaskSettings settings)
    {
        var items = settings.List("expect_status");
        if (items.Count == 0)
        {
            return null;
        }
        return [.. items.Select(i => i.ValueKind == JsonValueKind.Number && i.TryGetInt32(out var n) ? n
            : int.TryParse(i.ValueKind == JsonValueKind.String ? i.GetString() : null, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : throw new TaskSettingsException($"tasks.<task>.with.expect_status must be a status code or a list of them, got {i.GetRawText()}"))];
    }

    private static JsonElement Body(string text)
    {
        if (text.Length <= MaxBodyChars)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Not JSON: kept as text below.
            }
        }
        return JsonSerializer.SerializeToElement(Clip(text, MaxBodyChars));
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
