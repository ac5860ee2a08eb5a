using System.Text.Json;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Tasks;

/// <summary>How a try ended, as a runner reports it: the outcome, the outputs (a small JSON map) and a message.</summary>
public sealed record TaskResult(TaskOutcome Outcome, IReadOnlyDictionary<string, JsonElement>? Outputs, string? Message)
{
    /// <summary>A successful try with its outputs.</summary>
    public static TaskResult Succeeded(IReadOnlyDictionary<string, JsonElement>? outputs = null, string? message = null) =>
        new(TaskOutcome.Succeeded, outputs ?? new Dictionary<string, JsonElement>(), message);

    /// <summary>A failed try; retries apply.</summary>
    public static TaskResult Failed(string message) => new(TaskOutcome.Failed, null, message);

    /// <summary>A try that decided there was nothing to do.</summary>
    public static TaskResult Skipped(string message) => new(TaskOutcome.Skipped, null, message);
}
