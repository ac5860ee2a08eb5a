using System.Text.Json;
using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Monitoring.Triggers;
using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Tasks;
using Osprey.Core.Pipelines.Tasks.Monitoring;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

public sealed class DriftCheckTaskRunnerTests
{
    [Fact]
    public async Task RunAsync_DriftWithRetrain_OutputsVerdictAndFiresTheTrigger()
    {
        using var folder = new TempDirectory();
        WriteCsv(folder.File("ref.csv"), shift: 0);
        WriteCsv(folder.File("cur.csv"), shift: 5);
        var trigger = new RecordingTrigger();
        var settings = new { reference = "ref.csv", current = "cur.csv", report = "out/drift.html", retrain = new { pipeline = "retrain-churn-task", cooldown = "12h" } };

        var result = await Run(folder, settings, trigger);

        Assert.Equal(TaskOutcome.Succeeded, result.Outcome);
        Assert.True(result.Outputs!["dataset_drift"].GetBoolean());
        Assert.Equal(1.0, result.Outputs["drift_share"].GetDouble());
        Assert.Equal(["a", "b"], result.Outputs["drifted_columns"].EnumerateArray().Select(e => e.GetString()));
        Assert.True(File.Exists(folder.File("out/drift.html")));
        var request = Assert.Single(trigger.Requests);
        Assert.Equal("retrain-churn-task", request.Pipeline);
        Assert.Equal(TimeSpan.FromHours(12), request.Cooldown);
        Assert.Contains("a, b", request.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoDrift_DoesNotFireAndSucceeds()
    {
        using var folder = new TempDirectory();
        WriteCsv(folder.File("ref.csv"), shift: 0);
        WriteCsv(folder.File("cur.csv"), shift: 0);
        var trigger = new RecordingTrigger();

        var result = await Run(folder, new { reference = "ref.csv", current = "cur.csv", fail_on_drift = true, retrain = new { pipeline = "p" } }, trigger);

        Assert.Equal(TaskOutcome.Succeeded, result.Outcome);
        Assert.False(result.Outputs!["dataset_drift"].GetBoolean());
        Assert.Empty(trigger.Requests);
    }

    [Fact]
    public async Task RunAsync_DriftWithFailOnDrift_Fails()
    {
        using var folder = new TempDirectory();
        WriteCsv(folder.File("ref.csv"), shift: 0);
        WriteCsv(folder.File("cur.csv"), shift: 5);

        var result = await Run(folder, new { reference = "ref.csv", current = "cur.csv", fail_on_drift = true }, null);

        Assert.Equal(TaskOutcome.Failed, result.Outcome);
        Assert.Contains("dataset drift detected", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingCurrentAndUnknownTest_NamesTheFields()
    {
        var yaml = "tasks:\n  check:\n    type: drift_check\n    with:\n      reference: ref.csv\n      tests: {a: nope}\n";

        var build = Osprey.Core.Pipelines.Yaml.PipelineYamlLoader.Load("drift-validate.yaml", yaml, Osprey.Core.Pipelines.Tasks.Learning.LearningTaskTypes.Catalog);

        Assert.Contains(build.Errors, e => e.Message.Contains("exactly one of 'current'", StringComparison.Ordinal));
        Assert.Contains(build.Errors, e => e.Message.Contains("'nope' is not a drift test", StringComparison.Ordinal));
    }

    private static async Task<TaskResult> Run(TempDirectory folder, object settings, IRetrainTrigger? trigger)
    {
        var json = JsonSerializer.SerializeToElement(settings);
        var dispatch = new TaskDispatch(new PipelineRunId("run-drift-1"), "churn", "check", "drift_check", 1, json, null, false);
        var clock = new ManualTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));
        await using var log = TaskLog.Open(folder.File("task.log"), clock);
        var run = new TaskRun(dispatch, new TaskSettings("check", json), log, folder.Path, folder.Path, clock);
        var runner = new DriftCheckTaskRunner((_, _) => Task.FromResult(new DriftServices()), trigger);
        return await runner.RunAsync(run, CancellationToken.None);
    }

    private static void WriteCsv(string path, double shift)
    {
        var random = new Random(7);
        var lines = new List<string> { "a,b" };
        for (var i = 0; i < 300; i++)
        {
            lines.Add(FormattableString.Invariant($"{random.NextDouble() + shift},{random.Next(20) + shift}"));
        }
        File.WriteAllLines(path, lines);
    }

    private sealed class RecordingTrigger : IRetrainTrigger
    {
        public List<RetrainRequest> Requests { get; } = [];

        public Task<RetrainOutcome> FireAsync(RetrainRequest request, CancellationToken ct)
        {
            Requests.Add(request);
            return Task.FromResult(new RetrainOutcome(true, "run-1", null, "started"));
        }
    }
}
