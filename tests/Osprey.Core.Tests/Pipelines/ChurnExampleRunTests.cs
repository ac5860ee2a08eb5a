using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Yaml;
using Osprey.Core.Tests.Pipelines.Runs;
using Osprey.Core.Tests.Pipelines.Yaml;
using Xunit;

namespace Osprey.Core.Tests.Pipelines;

public sealed class ChurnExampleRunTests
{
    private static RunDriver Start() => new(PipelineYamlLoader.LoadFile(PipelineYamlLoaderTests.ChurnExamplePath()).ValueOrThrow());

    private static void TrainAndEvaluate(RunDriver run, double f1)
    {
        run.Succeed("validate", new { rows = 7043 });
        run.Succeed("train_gbdt", new { run_id = "gbdt-run" });
        run.Succeed("train_logistic", new { run_id = "logistic-run" });
        run.Succeed("evaluate", new { f1, best_run_id = "gbdt-run" });
    }

    [Fact]
    public void ChurnExample_GoodModel_FlowsOutputsThroughToTheNotification()
    {
        var run = Start();
        run.Succeed("validate", new { rows = 7043 });
        run.Succeed("train_gbdt", new { run_id = "gbdt-run" });
        var evaluate = run.Succeed("train_logistic", new { run_id = "logistic-run" }).Dispatches.Single();
        Assert.Equal("""["gbdt-run","logistic-run"]""", evaluate.Settings.GetProperty("candidates").GetRawText());

        var register = run.Succeed("evaluate", new { f1 = 0.78, best_run_id = "gbdt-run" }).Dispatches.Single();
        Assert.Equal("gbdt-run", register.Settings.GetProperty("run_id").GetString());
        Assert.Equal(TaskState.Skipped, run.StateOf("notify_failure"));

        var promote = run.Succeed("register", new { version = 4 }).Dispatches.Single();
        Assert.Equal(4, promote.Settings.GetProperty("version").GetInt32());
        Assert.Equal(0.005, promote.Settings.GetProperty("margin").GetDouble());
        var predict = run.Succeed("promote", new { promoted = true }).Dispatches.Single();
        Assert.Equal("models:/churn@champion", predict.Settings.GetProperty("model").GetString());
        Assert.Equal("predictions/churn/2026-03-28", predict.Settings.GetProperty("output").GetString());
        var notify = run.Succeed("batch_predict", new { rows = 7043, rows_above_threshold = 612 }).Dispatches.Single();
        Assert.Equal("churn 2026-03-28: F1 0.78, promoted=true, scored 7043 rows (612 at ≥ 0.7).", notify.Settings.GetProperty("message").GetString());
        run.Succeed("notify");

        Assert.Equal(PipelineRunStatus.Success, run.State.Status);
    }

    [Fact]
    public void ChurnExample_ModelBelowGate_NotifiesFailureAndSkipsRegistration()
    {
        var run = Start();

        TrainAndEvaluate(run, 0.61);
        var notice = run.Last.Dispatches.Single();
        run.Succeed("notify_failure");

        Assert.Equal("notify_failure", notice.TaskId);
        Assert.Equal("churn 2026-03-28: F1 0.61 is below the gate of 0.7; nothing was registered.", notice.Settings.GetProperty("message").GetString());
        Assert.All(new[] { "register", "promote", "batch_predict", "notify" }, id => Assert.Equal(TaskState.Skipped, run.StateOf(id)));
        Assert.Equal(PipelineRunStatus.Success, run.State.Status);
    }

    [Fact]
    public void ChurnExample_TrainingFailsTwice_RetriesWithBackoffThenRecovers()
    {
        var run = Start();
        run.Succeed("validate");

        run.Fail("train_gbdt");
        var firstWait = run["train_gbdt"].RetryAt!.Value - run.Clock.GetUtcNow();
        run.Advance(firstWait);
        run.Fail("train_gbdt");
        var secondWait = run["train_gbdt"].RetryAt!.Value - run.Clock.GetUtcNow();
        run.Advance(secondWait);

        Assert.InRange(firstWait.TotalMinutes, 9, 11);
        Assert.InRange(secondWait.TotalMinutes, 18, 22);
        Assert.Equal(TaskState.Queued, run.StateOf("train_gbdt"));
        Assert.Equal(3, run["train_gbdt"].TryNumber);
    }
}
