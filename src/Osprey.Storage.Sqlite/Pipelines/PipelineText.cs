using Osprey.Core.Pipelines.Runs;

namespace Osprey.Storage.Sqlite.Pipelines;

/// <summary>How pipeline enums and instants are stored: snake_case names as the docs and CLI write them, and Unix milliseconds.</summary>
internal static class PipelineText
{
    private static readonly string[] Outcomes = ["succeeded", "failed", "timed_out", "skipped", "lost"];
    private static readonly string[] Statuses = ["queued", "running", "success", "failed", "cancelled"];

    public static string Kind(RunKind kind) => kind == RunKind.Manual ? "manual" : "scheduled";

    public static RunKind ParseKind(string text) => text == "manual" ? RunKind.Manual : RunKind.Scheduled;

    public static string Status(PipelineRunStatus status) => Statuses[(int)status];

    public static PipelineRunStatus ParseStatus(string text) => (PipelineRunStatus)Array.IndexOf(Statuses, text);

    public static string Outcome(TaskOutcome outcome) => Outcomes[(int)outcome];

    public static TaskOutcome? ParseOutcome(string? text) => text is null ? null : (TaskOutcome)Array.IndexOf(Outcomes, text);

    public static TaskState ParseState(string text) =>
        TaskStates.TryParse(text, out var state) ? state : throw new InvalidDataException($"Unknown stored task state '{text}'.");

    public static long Millis(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static long? Millis(DateTimeOffset? instant) => instant?.ToUnixTimeMilliseconds();

    public static DateTimeOffset Instant(long millis) => DateTimeOffset.FromUnixTimeMilliseconds(millis);
}
