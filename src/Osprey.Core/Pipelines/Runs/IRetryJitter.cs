namespace Osprey.Core.Pipelines.Runs;

/// <summary>Supplies the random number that spreads retry waits, so tests can fix it and replays are repeatable.</summary>
public interface IRetryJitter
{
    /// <summary>Returns a number in [0, 1) for the retry after try <paramref name="failedTry"/> of a task in a run.</summary>
    double Next(PipelineRunId runId, string taskId, int failedTry);
}
