using System.Text.Json;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Tasks;
using Osprey.Core.Pipelines.Tasks.Validation;
using Osprey.TestKit;

namespace Osprey.Core.Tests.Pipelines.Tasks;

/// <summary>Runs single tries of Core's task types through the executor, in a temporary workspace, as a worker would.</summary>
internal sealed class TaskHarness : IDisposable
{
    private readonly TempDirectory _home = new();

    public string Home => _home.Path;

    public TaskExecutor Executor(params ITaskRunner[] runners) =>
        new((runners.Length == 0 ? [new ShellTaskRunner(), new NoopTaskRunner(), new ValidateTaskRunner()] : runners).ToDictionary(r => r.Type),
            Home, Home, TimeProvider.System);

    /// <summary>Runs one try of a task of <paramref name="type"/> with settings given as JSON.</summary>
    public Task<TryCompletion> RunAsync(string type, string settingsJson, TimeSpan? timeout = null, int tryNumber = 1, CancellationToken kill = default)
    {
        using var settings = JsonDocument.Parse(settingsJson);
        var runId = new PipelineRunId(Some.Name("run"));
        var dispatch = new TaskDispatch(runId, "p", "t", type, tryNumber, settings.RootElement.Clone(), timeout, false);
        var claim = new TaskClaim(new TaskLease(runId, "t", tryNumber, "worker-1", DateTimeOffset.MaxValue), dispatch);
        return Executor().RunAsync(claim, kill);
    }

    public string Log(TryCompletion completion) => System.IO.File.ReadAllText(TaskLogPaths.Full(Home, completion.LogPath!));

    public string File(string name, string text)
    {
        var path = Path.Combine(Home, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => _home.Dispose();
}
