using System.Diagnostics;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Tasks;

/// <summary>Runs one claimed try inside a worker: opens its log, finds the runner, enforces <c>execution_timeout</c> by cancelling it,
/// turns every way it can end into a <see cref="TryCompletion"/>, and never throws for a task's own failure.</summary>
public sealed class TaskExecutor(IReadOnlyDictionary<string, ITaskRunner> runners, string home, string workingDirectory, TimeProvider clock)
{
    /// <summary>Runs the try of <paramref name="claim"/>; cancelling <paramref name="kill"/> kills it (a cancel, a lost lease, shutdown) and reports it failed.</summary>
    public async Task<TryCompletion> RunAsync(TaskClaim claim, CancellationToken kill)
    {
        var dispatch = claim.Dispatch;
        var logPath = TaskLogPaths.Relative(dispatch.Pipeline, dispatch.RunId, dispatch.TaskId, dispatch.TryNumber);
        var started = Stopwatch.GetTimestamp();
        TaskResult result;
        await using (var log = TaskLog.Open(TaskLogPaths.Full(home, logPath), clock))
        {
            log.Note($"try {dispatch.TryNumber} of task {dispatch.TaskId} ({dispatch.Type}) in run {dispatch.RunId} of {dispatch.Pipeline}, on worker {claim.Lease.WorkerId}");
            result = await RunCheckedAsync(dispatch, log, kill);
            var elapsed = Stopwatch.GetElapsedTime(started);
            log.Note($"{Describe(result)} after {DurationText.Format(TimeSpan.FromMilliseconds(Math.Round(elapsed.TotalMilliseconds)))}");
        }
        return new TryCompletion(dispatch.RunId, dispatch.TaskId, dispatch.TryNumber, claim.Lease.WorkerId, result.Outcome, clock.GetUtcNow(),
            result.Outcome == TaskOutcome.Succeeded ? result.Outputs : null, result.Message, logPath);
    }

    private async Task<TaskResult> RunCheckedAsync(TaskDispatch dispatch, TaskLog log, CancellationToken kill)
    {
        if (!runners.TryGetValue(dispatch.Type, out var runner))
        {
            return TaskResult.Failed($"this worker cannot run tasks of type '{dispatch.Type}' (it runs {string.Join(", ", runners.Keys.Order(StringComparer.Ordinal))})");
        }
        using var timeout = dispatch.ExecutionTimeout is { } limit ? new CancellationTokenSource(limit, clock) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(kill, timeout.Token);
        try
        {
            var run = new TaskRun(dispatch, new TaskSettings(dispatch.TaskId, dispatch.Settings), log, home, workingDirectory, clock);
            var result = await runner.RunAsync(run, linked.Token);
            return timeout.IsCancellationRequested ? TimedOut(dispatch) : Checked(result);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return TimedOut(dispatch);
        }
        catch (OperationCanceledException) when (kill.IsCancellationRequested)
        {
            return TaskResult.Failed("killed: the try was cancelled, timed out in the scheduler, or its worker is stopping");
        }
        catch (TaskSettingsException e)
        {
            log.Note(e.Message);
            return TaskResult.Failed(e.Message);
        }
#pragma warning disable CA1031 // A task's own bug must fail only its try, never the worker.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.Note($"{dispatch.Type} task failed: {e}");
            return TaskResult.Failed($"{e.GetType().Name}: {e.Message}");
        }
    }

    private static TaskResult TimedOut(TaskDispatch dispatch) =>
        new(TaskOutcome.TimedOut, null, $"exceeded execution_timeout of {DurationText.Format(dispatch.ExecutionTimeout!.Value)}; killed");

    private static TaskResult Checked(TaskResult result)
    {
        if (result.Outputs is { } outputs && TaskOutputs.Size(outputs) is var size && size > TaskOutputs.MaxBytes)
        {
            return TaskResult.Failed($"the outputs are {size} bytes as JSON, over the limit of {TaskOutputs.MaxBytes}; write data to a file and output its path");
        }
        return result;
    }

    private static string Describe(TaskResult result) =>
        $"{result.Outcome.ToString().ToLowerInvariant()}{(result.Message is null ? "" : $": {result.Message}")}";
}
