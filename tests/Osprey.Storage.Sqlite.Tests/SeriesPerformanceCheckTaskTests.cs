using System.Text.Json;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Tasks;
using Osprey.Core.Pipelines.Tasks.Monitoring;
using Osprey.Core.Serving.Predictions;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>The performance_check task over a real workspace: outputs, recorded series, and a retrain run that respects its cooldown.</summary>
public sealed class SeriesPerformanceCheckTaskTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Run_DegradedModelTwiceWithinCooldown_StartsOneRetrainRun()
    {
        using var home = new TempDirectory();
        var clock = new ManualTimeProvider();
        var retrain = Some.Name("retrain");
        Directory.CreateDirectory(home.File("pipelines"));
        await File.WriteAllTextAsync(home.File($"pipelines/{retrain}.yaml"), "tasks:\n  train:\n    type: noop\n");
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), None);
        var model = Some.Name("churn");
        var t = clock.GetUtcNow().ToUnixTimeMilliseconds() - 3_600_000;
        await database.Stores.PredictionLog.AppendAsync(PredictionBatch.From(
        [
            new PredictionRecord("r1", 0, t, model, 2, "stable", "{}", "{\"probability\":0.9}", "Yes", 1),
            new PredictionRecord("r2", 0, t + 1, model, 2, "stable", "{}", "{\"probability\":0.1}", "No", 1),
        ]), None);
        await database.Stores.PredictionLog.RecordGroundTruthAsync(new GroundTruth("r1", 0, "No", t + 5), None);
        await database.Stores.PredictionLog.RecordGroundTruthAsync(new GroundTruth("r2", 0, "Yes", t + 5), None);
        var runner = new PerformanceCheckTaskRunner((_, _) => Task.FromResult(database.Stores));
        var settings = $$$"""{"model":"{{{model}}}","min_labelled":1,"thresholds":{"accuracy":0.8},"retrain":{"pipeline":"{{{retrain}}}","cooldown":"6h"}}""";

        var first = await RunAsync(runner, home, clock, settings);
        clock.Advance(TimeSpan.FromHours(1));
        var second = await RunAsync(runner, home, clock, settings);

        Assert.Equal(TaskOutcome.Succeeded, first.Outcome);
        Assert.Equal("Degraded", first.Outputs!["verdict"].GetString());
        Assert.Equal(0.0, first.Outputs["accuracy"].GetDouble());
        Assert.True(first.Outputs["retrain_fired"].GetBoolean());
        Assert.False(second.Outputs!["retrain_fired"].GetBoolean());
        var runs = await database.Stores.PipelineRuns.ListRunsAsync(new PipelineRunQuery(retrain), None);
        Assert.Equal(first.Outputs["retrain_run_id"].GetString(), Assert.Single(runs).Id.ToString());
        Assert.Contains("model_accuracy", await database.Stores.Series.ListNamesAsync(None));
    }

    [Fact]
    public async Task Run_FailOnDegraded_FailsNamingTheBreach()
    {
        using var home = new TempDirectory();
        var clock = new ManualTimeProvider();
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), None);
        var model = Some.Name("churn");
        var t = clock.GetUtcNow().ToUnixTimeMilliseconds() - 60_000;
        await database.Stores.PredictionLog.AppendAsync(PredictionBatch.From(
            [new PredictionRecord("f1", 0, t, model, 1, "stable", "{}", "{\"probability\":0.9}", "Yes", 1)]), None);
        await database.Stores.PredictionLog.RecordGroundTruthAsync(new GroundTruth("f1", 0, "No", t + 5), None);
        var runner = new PerformanceCheckTaskRunner((_, _) => Task.FromResult(database.Stores));

        var result = await RunAsync(runner, home, clock, $$"""{"model":"{{model}}","min_labelled":1,"thresholds":["accuracy < 0.5"],"fail_on_degraded":true}""");

        Assert.Equal(TaskOutcome.Failed, result.Outcome);
        Assert.Contains("accuracy 0 (accuracy < 0.5)", result.Message, StringComparison.Ordinal);
    }

    private static async Task<TaskResult> RunAsync(PerformanceCheckTaskRunner runner, TempDirectory home, ManualTimeProvider clock, string settings)
    {
        using var json = JsonDocument.Parse(settings);
        var dispatch = new TaskDispatch(PipelineRunId.New(), "monitoring", "check", "performance_check", 1, json.RootElement.Clone(), null, false);
        await using var log = TaskLog.Open(home.File($"logs/{Guid.NewGuid():N}.log"), clock);
        return await runner.RunAsync(new TaskRun(dispatch, new TaskSettings("check", json.RootElement.Clone()), log, home.Path, home.Path, clock), None);
    }
}
