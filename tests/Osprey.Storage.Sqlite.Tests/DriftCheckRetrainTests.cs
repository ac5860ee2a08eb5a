using System.Globalization;
using System.Text.Json;
using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Monitoring.Triggers;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Tasks;
using Osprey.Core.Pipelines.Tasks.Monitoring;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>The drift_check task with <c>retrain</c> over a real workspace: drift starts one run of the retrain pipeline per cooldown.</summary>
public sealed class DriftCheckRetrainTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Run_DriftTwiceWithinCooldownThenAfterIt_StartsARunFirstAndLastOnly()
    {
        using var home = new TempDirectory();
        var clock = new ManualTimeProvider();
        var retrain = Some.Name("retrain");
        Directory.CreateDirectory(home.File("pipelines"));
        await File.WriteAllTextAsync(home.File($"pipelines/{retrain}.yaml"), "tasks:\n  train:\n    type: noop\n");
        WriteCsv(home.File("ref.csv"), shift: 0);
        WriteCsv(home.File("cur.csv"), shift: 4);
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), None);
        var trigger = new PipelineRetrainTrigger(new PipelineService(database.Stores, home.Path, clock), database.Stores.RetrainCooldowns, clock);
        var runner = new DriftCheckTaskRunner((_, _) => Task.FromResult(new DriftServices()), trigger);
        var settings = $$$"""{"reference":"ref.csv","current":"cur.csv","retrain":{"pipeline":"{{{retrain}}}","cooldown":"6h"}}""";

        var first = await RunAsync(runner, home, clock, settings);
        var afterFirst = await database.Stores.PipelineRuns.ListRunsAsync(new PipelineRunQuery(retrain), None);
        clock.Advance(TimeSpan.FromHours(5));
        var second = await RunAsync(runner, home, clock, settings);
        var afterSecond = await database.Stores.PipelineRuns.ListRunsAsync(new PipelineRunQuery(retrain), None);
        clock.Advance(TimeSpan.FromHours(2));
        var third = await RunAsync(runner, home, clock, settings);

        Assert.True(first.Outputs!["dataset_drift"].GetBoolean());
        Assert.True(first.Outputs["retrain_fired"].GetBoolean());
        var started = Assert.Single(afterFirst);
        Assert.Equal(RunKind.Manual, started.Kind);
        Assert.Contains(started.Status, new[] { PipelineRunStatus.Queued, PipelineRunStatus.Running });
        Assert.False(second.Outputs!["retrain_fired"].GetBoolean());
        Assert.Equal(started.Id, Assert.Single(afterSecond).Id);
        Assert.True(third.Outputs!["retrain_fired"].GetBoolean());
        Assert.Equal(2, (await database.Stores.PipelineRuns.ListRunsAsync(new PipelineRunQuery(retrain), None)).Count);
        var cooldown = await database.Stores.RetrainCooldowns.GetAsync("monitoring.check", retrain, None);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeMilliseconds(), cooldown!.FiredAt);
    }

    private static async Task<TaskResult> RunAsync(DriftCheckTaskRunner runner, TempDirectory home, ManualTimeProvider clock, string settings)
    {
        using var json = JsonDocument.Parse(settings);
        var dispatch = new TaskDispatch(PipelineRunId.New(), "monitoring", "check", "drift_check", 1, json.RootElement.Clone(), null, false);
        await using var log = TaskLog.Open(home.File($"logs/{Guid.NewGuid():N}.log"), clock);
        var result = await runner.RunAsync(new TaskRun(dispatch, new TaskSettings("check", json.RootElement.Clone()), log, home.Path, home.Path, clock), None);
        Assert.Equal(TaskOutcome.Succeeded, result.Outcome);
        return result;
    }

    private static void WriteCsv(string path, double shift)
    {
        var random = new Random(11);
        var lines = new List<string> { "a,b" };
        for (var i = 0; i < 300; i++)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{random.NextDouble() + shift},{random.Next(20) + shift}"));
        }
        File.WriteAllLines(path, lines);
    }
}
