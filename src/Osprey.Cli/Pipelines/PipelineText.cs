using System.Globalization;
using System.Text.Json;
using Osprey.Cli.Rendering;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Spectre.Console;

namespace Osprey.Cli.Pipelines;

/// <summary>How pipeline values read in the terminal: coloured states, local times, short durations, compact outputs.</summary>
internal static class PipelineText
{
    /// <summary>Gets a task state as coloured markup.</summary>
    public static string State(TaskState state) => state switch
    {
        TaskState.Success => "[green]success[/]",
        TaskState.Running => "[blue]running[/]",
        TaskState.Queued => "[cyan]queued[/]",
        TaskState.UpForRetry => "[yellow]up_for_retry[/]",
        TaskState.Failed or TaskState.UpstreamFailed or TaskState.TimedOut => $"[red]{state.Name()}[/]",
        TaskState.Skipped or TaskState.Cancelled => $"[grey]{state.Name()}[/]",
        _ => "[grey]none[/]",
    };

    /// <summary>Gets a run status as coloured markup.</summary>
    public static string Status(PipelineRunStatus status) => status switch
    {
        PipelineRunStatus.Success => "[green]success[/]",
        PipelineRunStatus.Failed => "[red]failed[/]",
        PipelineRunStatus.Running => "[blue]running[/]",
        PipelineRunStatus.Cancelled => "[grey]cancelled[/]",
        _ => "[cyan]queued[/]",
    };

    /// <summary>Formats an instant as local time to the second, or "-".</summary>
    public static string Time(DateTimeOffset? instant) =>
        instant?.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? DisplayText.Missing;

    /// <summary>Formats the time from start to end (to now while still going), or "-" before the start.</summary>
    public static string Duration(DateTimeOffset? start, DateTimeOffset? end, TimeProvider clock) =>
        start is { } s ? DisplayText.Duration(s.ToUnixTimeMilliseconds(), end?.ToUnixTimeMilliseconds(), clock) : DisplayText.Missing;

    /// <summary>Renders outputs compactly as <c>key=value</c> pairs, clipped for a table cell.</summary>
    public static string Outputs(IReadOnlyDictionary<string, JsonElement>? outputs)
    {
        if (outputs is null || outputs.Count == 0)
        {
            return "";
        }
        var text = string.Join(" ", outputs.Select(o => $"{o.Key}={(o.Value.ValueKind == JsonValueKind.String ? o.Value.GetString() : o.Value.GetRawText())}"));
        return Markup.Escape(text.Length > 60 ? text[..59] + "…" : text);
    }

    /// <summary>Gets a run's short id (the first 12 characters), enough to tell runs apart in a table.</summary>
    public static string ShortId(PipelineRunId id) => id.Value.Length > 12 ? id.Value[..12] : id.Value;

    /// <summary>Describes where a pipeline came from: the file name, or "registered".</summary>
    public static string Origin(PipelineSummary pipeline) =>
        pipeline.Origin == LoadedPipeline.Registered ? "registered" : Path.GetFileName(pipeline.Origin);
}
