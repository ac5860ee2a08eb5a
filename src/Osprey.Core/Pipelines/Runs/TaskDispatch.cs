using System.Text.Json;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>Everything a worker needs to run one try of a task: its type, rendered settings and limits.</summary>
/// <param name="Settings">The task's <c>with:</c> map with every template rendered (a JSON object).</param>
/// <param name="ExecutionTimeout">The longest the try may run before the worker kills it, or null.</param>
/// <param name="ChoosesChildren">Whether the task must name the children to run in its outputs under <c>follow</c>.</param>
public sealed record TaskDispatch(PipelineRunId RunId, string Pipeline, string TaskId, string Type, int TryNumber,
    JsonElement Settings, TimeSpan? ExecutionTimeout, bool ChoosesChildren);
