namespace Osprey.Core.Pipelines.Tasks;

/// <summary>Runs <c>noop</c> tasks: succeeds at once with the task's <c>outputs</c> setting as its outputs.</summary>
public sealed class NoopTaskRunner : ITaskRunner
{
    /// <inheritdoc/>
    public string Type => BuiltInTaskTypes.Noop.Name;

    /// <inheritdoc/>
    public Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var outputs = run.Settings.Value("outputs") is { ValueKind: System.Text.Json.JsonValueKind.Object } map
            ? map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
            : null;
        return Task.FromResult(TaskResult.Succeeded(outputs));
    }
}
