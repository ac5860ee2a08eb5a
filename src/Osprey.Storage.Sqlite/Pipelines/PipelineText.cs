using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Storage.Sqlite.Pipelines;

/// <summary>How pipeline enums and instants are stored: the names the docs and CLI use (<see cref="RunNames"/>), and Unix milliseconds.</summary>
internal static class PipelineText
{
    public static string Kind(RunKind kind) => kind.Name();

    public static RunKind ParseKind(string text) => RunNames.ParseKind(text);

    public static string Status(PipelineRunStatus status) => status.Name();

    public static PipelineRunStatus ParseStatus(string text) => RunNames.ParseStatus(text);

    public static string Outcome(TaskOutcome outcome) => outcome.Name();

    public static TaskOutcome? ParseOutcome(string? text) => text is null ? null : RunNames.ParseOutcome(text);

    public static TaskState ParseState(string text) =>
        TaskStates.TryParse(text, out var state) ? state : throw new InvalidDataException($"Unknown stored task state '{text}'.");

    public static long Millis(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static long? Millis(DateTimeOffset? instant) => instant?.ToUnixTimeMilliseconds();

    public static DateTimeOffset Instant(long millis) => DateTimeOffset.FromUnixTimeMilliseconds(millis);
}
