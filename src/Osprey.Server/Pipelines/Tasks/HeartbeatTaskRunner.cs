using System.Globalization;
using System.Text.Json;
using Osprey.Core.Pipelines.Tasks;

namespace Osprey.Server.Pipelines.Tasks;

/// <summary>Runs <c>heartbeat</c> tasks: pings a URL (GET unless <c>method</c> says otherwise) and fails unless it answers 2xx.</summary>
public sealed class HeartbeatTaskRunner(HttpClient http) : ITaskRunner
{
    /// <inheritdoc/>
    public string Type => BuiltInTaskTypes.Heartbeat.Name;

    /// <inheritdoc/>
    public async Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var url = WebTarget.Url(run, "url");
        using var request = new HttpRequestMessage(new HttpMethod((run.Settings.OptionalText("method") ?? "GET").ToUpperInvariant()), url);
        using var response = await http.SendAsync(request, ct);
        var status = (int)response.StatusCode;
        run.Log.Note($"pinged {url}: {status.ToString(CultureInfo.InvariantCulture)}");
        return response.IsSuccessStatusCode
            ? TaskResult.Succeeded(new Dictionary<string, JsonElement> { ["status"] = JsonSerializer.SerializeToElement(status) })
            : TaskResult.Failed($"the heartbeat {url} answered {status}");
    }
}
