using Osprey.Core.Pipelines.Runs;
using Osprey.Server.Tests.Pipelines;
using Osprey.TestKit;

namespace Osprey.Server.Tests.Monitoring;

/// <summary>A drift_check with <c>retrain</c> run by a real worker against a live server: the worker asks its server, which starts the retrain
/// pipeline (its tasks handed to the same worker) and keeps the cooldown.</summary>
public sealed class WorkerRetrainTests
{
    [Fact]
    public async Task DriftCheck_OnAWorkerWithRetrain_StartsTheRetrainPipelineOncePerCooldown()
    {
        var retrain = Some.Name("retrain");
        await using var server = await PipelineServer.StartAsync(
            ("watch", $$"""
                tasks:
                  drift:
                    type: drift_check
                    with:
                      reference: ref.csv
                      current: cur.csv
                      retrain: { pipeline: {{retrain}}, cooldown: 12h }
                """),
            (retrain, "tasks:\n  train:\n    type: noop\n    with:\n      outputs: { trained: true }\n"));
        MonitoringData.WriteCsv(Path.Combine(server.Home, "ref.csv"), shift: 0);
        MonitoringData.WriteCsv(Path.Combine(server.Home, "cur.csv"), shift: 4);
        server.StartWorker();

        var first = await TriggerAndWaitAsync(server, "watch");
        var retrainRuns = await server.Pipelines.ListRunsAsync(new PipelineRunQuery(retrain), CancellationToken.None);
        var retrainRun = await server.WaitForRunAsync(Assert.Single(retrainRuns).Id);
        var second = await TriggerAndWaitAsync(server, "watch");

        var check = Assert.Single(first.Tasks);
        Assert.Equal(TaskState.Success, check.State);
        Assert.True(check.Outputs!["retrain_fired"].GetBoolean());
        Assert.Equal(PipelineRunStatus.Success, retrainRun.Status);
        Assert.True(retrainRun.Tasks[0].Outputs!["trained"].GetBoolean());
        Assert.False(Assert.Single(second.Tasks).Outputs!["retrain_fired"].GetBoolean());
        Assert.Single(await server.Pipelines.ListRunsAsync(new PipelineRunQuery(retrain), CancellationToken.None));
        Assert.NotNull(await server.Live.Workspace.Stores.RetrainCooldowns.GetAsync("watch.drift", retrain, CancellationToken.None));
    }

    private static async Task<PipelineRunRecord> TriggerAndWaitAsync(PipelineServer server, string pipeline)
    {
        var triggered = await server.Client.PostOkAsync($"/api/osprey/pipelines/{pipeline}/trigger", "{}");
        var run = await server.WaitForRunAsync(new PipelineRunId(triggered["run_id"]!.GetValue<string>()));
        Assert.True(run.Status == PipelineRunStatus.Success, $"run of {pipeline} ended {run.Status}: {run.Tasks[0].Message}");
        return run;
    }
}
