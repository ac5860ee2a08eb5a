using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>The names run statuses, run kinds and try outcomes are written with in the API, the CLI and the store: <c>running</c>, <c>manual</c>, <c>timed_out</c>.</summary>
public static class RunNames
{
    private static readonly string[] Outcomes = ["succeeded", "failed", "timed_out", "skipped", "lost"];
    private static readonly string[] Statuses = ["queued", "running", "success", "failed", "cancelled"];

    /// <summary>Gets the name of a run status.</summary>
    public static string Name(this PipelineRunStatus status) => Statuses[(int)status];

    /// <summary>Gets the name of a run kind.</summary>
    public static string Name(this RunKind kind) => kind == RunKind.Manual ? "manual" : "scheduled";

    /// <summary>Gets the name of a try outcome.</summary>
    public static string Name(this TaskOutcome outcome) => Outcomes[(int)outcome];

    /// <summary>Reads a run status name; an unknown one throws <see cref="ErrorCode.InvalidParameter"/> listing the known ones.</summary>
    public static PipelineRunStatus ParseStatus(string text)
    {
        var index = Array.IndexOf(Statuses, text.ToLowerInvariant());
        return index >= 0 ? (PipelineRunStatus)index : throw OspreyException.Invalid($"'{text}' is not a run status; use one of {string.Join(", ", Statuses)}.");
    }

    /// <summary>Reads a run kind name.</summary>
    public static RunKind ParseKind(string text) => text == "manual" ? RunKind.Manual : RunKind.Scheduled;

    /// <summary>Reads a try outcome name; an unknown one throws <see cref="ErrorCode.InvalidParameter"/>.</summary>
    public static TaskOutcome ParseOutcome(string text)
    {
        var index = Array.IndexOf(Outcomes, text);
        return index >= 0 ? (TaskOutcome)index : throw OspreyException.Invalid($"'{text}' is not a try outcome; use one of {string.Join(", ", Outcomes)}.");
    }

    /// <summary>Reads a task state name such as <c>up_for_retry</c>.</summary>
    public static TaskState ParseState(string text) =>
        TaskStates.TryParse(text, out var state) ? state : throw OspreyException.Invalid($"'{text}' is not a task state.");
}
