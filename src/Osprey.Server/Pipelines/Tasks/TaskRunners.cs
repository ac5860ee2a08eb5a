using Osprey.Core.Pipelines.Tasks;
using Osprey.Core.Pipelines.Tasks.Validation;

namespace Osprey.Server.Pipelines.Tasks;

/// <summary>The runners a worker has: every built-in task type. Task types added later (the learning ones) add their runner here.</summary>
public static class TaskRunners
{
    /// <summary>Creates the built-in runners; the HTTP-based ones share <paramref name="http"/>.</summary>
    public static IReadOnlyDictionary<string, ITaskRunner> BuiltIn(HttpClient http)
    {
        ITaskRunner[] runners =
        [
            new ShellTaskRunner(), new NoopTaskRunner(), new ValidateTaskRunner(),
            new HttpTaskRunner(http), new NotifyTaskRunner(http), new HeartbeatTaskRunner(http),
        ];
        return runners.ToDictionary(r => r.Type, StringComparer.Ordinal);
    }
}
