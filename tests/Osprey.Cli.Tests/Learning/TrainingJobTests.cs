using Osprey.Cli.Connections;
using Osprey.Cli.Learning;
using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Jobs;
using Osprey.Core.Tracking;
using Osprey.TestKit;

namespace Osprey.Cli.Tests.Learning;

public sealed class TrainingJobTests
{
    [Fact]
    public async Task RunAsync_ClockThatNeverAdvances_LogsTheWholeCurveInAtMostTwoCalls()
    {
        using var folder = new TempDirectory();
        var clock = new ManualTimeProvider();
        await using var connection = await LocalConnection.OpenAsync(folder.Path, new CliEnvironment(_ => null, clock, "tester"), default);
        var job = new TrainingJob(LearningConnection.Services(connection), clock);
        var request = new TrainingJobRequest(new DataFile(LearningFiles.Telco), "Churn")
        {
            Parameters = new Dictionary<string, string> { ["trees"] = "15", ["threads"] = "2", ["early_stopping_rounds"] = "0" },
        };

        var result = await job.RunAsync(request, null, default);

        var curve = await connection.Runs.GetMetricHistoryAsync(result.RunId, "validation_log_loss", null, null, default);
        Assert.Equal(15, curve.Items.Count);
        // The first point is written as soon as it arrives; the rest wait for the interval (which never passes here) or the end.
        Assert.InRange(result.CurveLogCalls, 1, 2);
        Assert.Equal(result.Outcome.History.Select(h => h.ValidationLoss!.Value), curve.Items.OrderBy(m => m.Step).Select(m => m.Value));
    }

    [Fact]
    public async Task RunAsync_CancelledWhileBoosting_EndsTheRunKilled()
    {
        using var folder = new TempDirectory();
        await using var connection = await LocalConnection.OpenAsync(folder.Path, new CliEnvironment(_ => null, TimeProvider.System, "tester"), default);
        var job = new TrainingJob(LearningConnection.Services(connection), TimeProvider.System);
        using var cancel = new CancellationTokenSource();
        var progress = new CallbackProgress<BoostingProgress>(step =>
        {
            if (step.Iteration == 3)
            {
                cancel.Cancel();
            }
        });
        var request = new TrainingJobRequest(new DataFile(LearningFiles.Telco), "Churn") { Experiment = Some.Name("cancelled"), Parameters = new Dictionary<string, string> { ["trees"] = "50" } };

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => job.RunAsync(request, progress, cancel.Token));

        var experiment = await connection.Experiments.GetByNameAsync(request.Experiment!, default);
        var run = Assert.Single((await connection.Runs.SearchAsync(new RunSearchRequest([experiment.Id.ToString()]), default)).Items);
        Assert.Equal(RunStatus.Killed, run.Info.Status);
        Assert.Equal($"Training was interrupted; run {run.Info.RunId.Value} is marked KILLED and nothing was registered.", error.Message);
        Assert.Equal("interrupted", run.Tags.Single(t => t.Key == RunRecorder.ErrorTag).Value);
    }
}
