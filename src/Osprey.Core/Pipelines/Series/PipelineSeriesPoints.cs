using Osprey.Core.Monitoring.Series;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Series;

/// <summary>Turns a persisted run step into the samples it stands for: task failures, successes and try durations, and the run's end.</summary>
public static class PipelineSeriesPoints
{
    /// <summary>Returns the samples of one step, timed when each task or run ended; a step that ended nothing gives none.</summary>
    public static IReadOnlyList<SeriesPoint> Of(RunStepped stepped)
    {
        var pipeline = stepped.State.Definition.Name;
        var points = new List<SeriesPoint>();
        foreach (var transition in stepped.Step.Transitions)
        {
            AddTask(points, pipeline, transition);
        }
        if (stepped.Step.RunChange is { } change && RunSeries(change.To) is { } name)
        {
            points.Add(new SeriesPoint(name, Labels(pipeline), change.At.ToUnixTimeMilliseconds(), 1));
        }
        return points;
    }

    private static void AddTask(List<SeriesPoint> points, string pipeline, TaskTransition transition)
    {
        var to = transition.To;
        if (transition.From == to.State || to.EndedAt is not { } ended)
        {
            return;
        }
        var at = ended.ToUnixTimeMilliseconds();
        if (IsFailure(to.State))
        {
            var labels = Labels(pipeline, to.TaskId);
            labels[PipelineSeriesNames.StateLabel] = to.State.Name();
            points.Add(new SeriesPoint(PipelineSeriesNames.TaskFailures, labels, at, 1));
        }
        else if (to.State == TaskState.Success)
        {
            points.Add(new SeriesPoint(PipelineSeriesNames.TaskSuccesses, Labels(pipeline, to.TaskId), at, 1));
        }
        // Only a try that was handed out (or a branch judged in place, which succeeds at once) has a duration; upstream_failed and skips never ran.
        var triedNow = transition.From.IsInFlight() || to.State == TaskState.Success;
        if (triedNow && to.StartedAt is { } started && (to.State.IsFinished() || to.State == TaskState.UpForRetry))
        {
            var seconds = Math.Max(0, (ended - started).TotalSeconds);
            points.Add(new SeriesPoint(PipelineSeriesNames.TaskDurationSeconds, Labels(pipeline, to.TaskId), at, seconds));
        }
    }

    private static bool IsFailure(TaskState state) =>
        state is TaskState.Failed or TaskState.TimedOut or TaskState.UpForRetry or TaskState.UpstreamFailed;

    private static string? RunSeries(PipelineRunStatus status) => status switch
    {
        PipelineRunStatus.Success => PipelineSeriesNames.RunSuccesses,
        PipelineRunStatus.Failed => PipelineSeriesNames.RunFailures,
        _ => null,
    };

    private static Dictionary<string, string> Labels(string pipeline, string? task = null)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { [PipelineSeriesNames.PipelineLabel] = pipeline };
        if (task is not null)
        {
            labels[PipelineSeriesNames.TaskLabel] = task;
        }
        return labels;
    }
}
