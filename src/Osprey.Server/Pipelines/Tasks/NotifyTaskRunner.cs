using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Osprey.Core.Pipelines.Tasks;

namespace Osprey.Server.Pipelines.Tasks;

/// <summary>Runs <c>notify</c> tasks: sends the message to every target in <c>to</c> — a JSON webhook (<c>https://...</c>), a Slack-compatible
/// webhook (<c>slack+https://...</c>, body <c>{"text": ...}</c>) or a local file (<c>file:PATH</c>, one JSON line appended). Every target is tried
/// even when one fails; the task fails if any did.</summary>
public sealed class NotifyTaskRunner(HttpClient http) : ITaskRunner
{
    private const string SlackPrefix = "slack+";
    private const string FilePrefix = "file:";

    /// <inheritdoc/>
    public string Type => BuiltInTaskTypes.Notify.Name;

    /// <inheritdoc/>
    public async Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var targets = run.Settings.List("to").Select(t => t.ValueKind == JsonValueKind.String ? t.GetString()! : t.GetRawText()).ToList();
        if (targets.Count == 0)
        {
            throw new TaskSettingsException($"tasks.{run.Dispatch.TaskId}.with.to names no target");
        }
        var note = Note(run);
        var failures = new List<string>();
        foreach (var target in targets)
        {
            try
            {
                await SendAsync(run, target, note, ct);
                run.Log.Note($"sent to {target}");
            }
            catch (Exception e) when (e is HttpRequestException or IOException or UnauthorizedAccessException or TaskSettingsException)
            {
                run.Log.Note($"could not send to {target}: {e.Message}");
                failures.Add($"{target}: {e.Message}");
            }
        }
        return failures.Count == 0
            ? TaskResult.Succeeded(new Dictionary<string, JsonElement> { ["delivered"] = JsonSerializer.SerializeToElement(targets.Count) })
            : TaskResult.Failed($"{failures.Count} of {targets.Count} notifications failed: {string.Join("; ", failures)}");
    }

    private async Task SendAsync(TaskRun run, string target, NotificationNote note, CancellationToken ct)
    {
        if (target.StartsWith(FilePrefix, StringComparison.Ordinal))
        {
            var path = run.ResolvePath(target[FilePrefix.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.AppendAllTextAsync(path, JsonSerializer.Serialize(note, NotificationJson.Default.NotificationNote) + "\n", Encoding.UTF8, ct);
            return;
        }
        var slack = target.StartsWith(SlackPrefix, StringComparison.Ordinal);
        var url = WebTarget.Parse(run.Dispatch.TaskId, "to", slack ? target[SlackPrefix.Length..] : target);
        using var response = slack
            ? await http.PostAsJsonAsync(url, new SlackMessage(note.Title is null ? note.Message : $"*{note.Title}*\n{note.Message}"), NotificationJson.Default.SlackMessage, ct)
            : await http.PostAsJsonAsync(url, note, NotificationJson.Default.NotificationNote, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"answered {(int)response.StatusCode}");
        }
    }

    private static NotificationNote Note(TaskRun run) => new(run.Dispatch.Pipeline, run.Dispatch.RunId.Value, run.Dispatch.TaskId,
        run.Settings.OptionalText("title"), run.Settings.Text("message"), run.Clock.GetUtcNow());
}
