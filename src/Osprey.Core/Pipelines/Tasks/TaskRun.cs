using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Tasks;

/// <summary>Everything a runner gets for one try: what to run, its settings, its log, and the worker's surroundings.</summary>
/// <param name="Home">The workspace folder (logs, artifacts, the database).</param>
/// <param name="WorkingDirectory">The folder relative paths in settings are read against (the worker's current folder unless configured).</param>
public sealed record TaskRun(TaskDispatch Dispatch, TaskSettings Settings, TaskLog Log, string Home, string WorkingDirectory, TimeProvider Clock)
{
    /// <summary>Resolves a path from the settings against <see cref="WorkingDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
