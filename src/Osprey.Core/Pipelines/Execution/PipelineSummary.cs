using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>One line of the pipeline list: what it is, where it came from, whether it can run, its schedule and its latest run.</summary>
/// <param name="Origin">The YAML file, or <c>registered</c>.</param>
/// <param name="Errors">Why the pipeline cannot run (empty when it can).</param>
/// <param name="NextRunAt">When the schedule next fires, or null (no schedule, paused, or invalid).</param>
public sealed record PipelineSummary(
    string Name,
    string? Description,
    string? Schedule,
    string TimeZone,
    bool Paused,
    string Origin,
    int Tasks,
    IReadOnlyList<string> Errors,
    PipelineRunSummary? LastRun,
    DateTimeOffset? NextRunAt);
