using System.Globalization;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Tasks;

/// <summary>Where a try's log lives in the workspace: <c>logs/&lt;pipeline&gt;/&lt;run&gt;/&lt;task&gt;/&lt;try&gt;.log</c>.</summary>
/// <remarks>Pipeline names, run ids and task ids are restricted to letters, digits, '_', '-' and '.', so the path cannot leave the logs folder.</remarks>
public static class TaskLogPaths
{
    /// <summary>Gets the path relative to the workspace home, with '/' separators.</summary>
    public static string Relative(string pipeline, PipelineRunId runId, string taskId, int tryNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"logs/{pipeline}/{runId.Value}/{taskId}/{tryNumber}.log");

    /// <summary>Resolves a relative log path against the workspace home.</summary>
    public static string Full(string home, string relative) => Path.Combine(home, relative.Replace('/', Path.DirectorySeparatorChar));
}
