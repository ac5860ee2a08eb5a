using System.Text.Json;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>Try <see cref="TryNumber"/> of a task ended with an outcome and (on success) outputs; ignored if that try is no longer current.</summary>
/// <remarks>A task marked <c>branch: true</c> names the children to run in its outputs under <c>follow</c> (a task id or a list of them).</remarks>
public sealed record TaskEnded(string TaskId, int TryNumber, TaskOutcome Outcome, DateTimeOffset At,
    IReadOnlyDictionary<string, JsonElement>? Outputs = null, string? Message = null) : RunEvent(At);
