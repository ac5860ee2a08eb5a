using Osprey.Core.Pipelines.Runs;

namespace Osprey.Bench.Pipelines;

/// <summary>What one finished run shows: its wall time, and for each task the gap from the end of its last parent to its own start (the claim).</summary>
internal sealed record RunTimings(TimeSpan Wall, int Tasks, IReadOnlyList<double> HandoffMilliseconds)
{
    public double TasksPerSecond => Tasks / Wall.TotalSeconds;

    public static RunTimings Of(PipelineRunState state)
    {
        var handoffs = new List<double>();
        foreach (var task in state.Definition.Tasks.Where(t => t.DependsOn.Count > 0))
        {
            var lastParentEnd = task.DependsOn.Max(p => state[p].EndedAt!.Value);
            handoffs.Add((state[task.Id].StartedAt!.Value - lastParentEnd).TotalMilliseconds);
        }
        return new RunTimings(state.EndedAt!.Value - state.StartedAt!.Value, state.Tasks.Count, handoffs);
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
    }
}
