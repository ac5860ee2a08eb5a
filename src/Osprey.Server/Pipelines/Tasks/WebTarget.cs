using Osprey.Core.Pipelines.Tasks;

namespace Osprey.Server.Pipelines.Tasks;

/// <summary>Reads URL settings of the HTTP-based task types, refusing anything but http:// and https://.</summary>
internal static class WebTarget
{
    public static Uri Url(TaskRun run, string name) => Parse(run.Dispatch.TaskId, name, run.Settings.Text(name));

    public static Uri Parse(string taskId, string name, string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new TaskSettingsException($"tasks.{taskId}.with.{name} must be an http:// or https:// URL, got '{text}'");
}
