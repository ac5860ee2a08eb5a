namespace Osprey.Core.Pipelines.Runs;

/// <summary>Facts about task states: which are final, which count as failures for trigger rules, and their snake_case names.</summary>
public static class TaskStates
{
    private static readonly string[] Names =
        ["none", "queued", "running", "success", "failed", "up_for_retry", "skipped", "upstream_failed", "timed_out", "cancelled"];

    /// <summary>Gets whether the state is final (nothing more happens to the task unless it is cleared).</summary>
    public static bool IsFinished(this TaskState state) => state
        is TaskState.Success or TaskState.Failed or TaskState.Skipped or TaskState.UpstreamFailed or TaskState.TimedOut or TaskState.Cancelled;

    /// <summary>Gets whether trigger rules count the state as "failed" (failed, timed out or cancelled; upstream_failed is counted on its own).</summary>
    public static bool CountsAsFailed(this TaskState state) => state is TaskState.Failed or TaskState.TimedOut or TaskState.Cancelled;

    /// <summary>Gets whether a try of the task may be under way in a worker.</summary>
    public static bool IsInFlight(this TaskState state) => state is TaskState.Queued or TaskState.Running;

    /// <summary>Gets the snake_case name, such as <c>up_for_retry</c>.</summary>
    public static string Name(this TaskState state) => Names[(int)state];

    /// <summary>Reads a snake_case name.</summary>
    public static bool TryParse(string? text, out TaskState state)
    {
        var index = Array.IndexOf(Names, text);
        state = index < 0 ? TaskState.None : (TaskState)index;
        return index >= 0;
    }
}
