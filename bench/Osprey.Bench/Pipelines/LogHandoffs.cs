using System.Globalization;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Tasks;

namespace Osprey.Bench.Pipelines;

/// <summary>Reads the worker side of each hand-off from the tries' logs: the parent's last line (written as its try ends) to the child's first line
/// (written as its try starts on a worker). The log's times have millisecond resolution.</summary>
internal static class LogHandoffs
{
    public static List<double> Of(PipelineRunState state, string home)
    {
        var handoffs = new List<double>();
        foreach (var task in state.Definition.Tasks.Where(t => t.DependsOn.Count == 1))
        {
            var parentEnd = Stamp(File.ReadLines(Path(state, home, task.DependsOn[0])).Last());
            var childStart = Stamp(File.ReadLines(Path(state, home, task.Id)).First());
            handoffs.Add((childStart - parentEnd).TotalMilliseconds);
        }
        return handoffs;
    }

    private static string Path(PipelineRunState state, string home, string taskId) =>
        TaskLogPaths.Full(home, TaskLogPaths.Relative(state.Definition.Name, state.Context.RunId, taskId, 1));

    private static DateTimeOffset Stamp(string line) =>
        DateTimeOffset.ParseExact(line["[osprey ".Length..line.IndexOf(']', StringComparison.Ordinal)], "yyyy-MM-ddTHH:mm:ss.fffZ",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
