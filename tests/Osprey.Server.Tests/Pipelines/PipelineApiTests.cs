using Osprey.Core.Pipelines.Runs;

namespace Osprey.Server.Tests.Pipelines;

/// <summary>The pipeline REST API over a live server with workers: trigger, the run's progress, outputs flowing downstream, logs.</summary>
public sealed class PipelineApiTests
{
    private const string Chain = """
        tasks:
          produce:
            type: shell
            with:
              command: "echo hello from produce; echo '::output rows=42'; echo '{\"name\": \"x\"}' > $OSPREY_OUTPUTS"
          consume:
            type: shell
            depends_on: produce
            with:
              command: "echo got {{ tasks.produce.outputs.rows }} rows named {{ tasks.produce.outputs.name }}"
          last:
            type: noop
            depends_on: consume
            with:
              outputs: { done: true }
        """;

    [Fact]
    public async Task Trigger_ShellChain_RunsEveryTaskPassingOutputsDownstreamAndKeepsLogs()
    {
        await using var server = await PipelineServer.StartAsync(("chain", Chain));
        server.StartWorker();

        var triggered = await server.Client.PostOkAsync("/api/osprey/pipelines/chain/trigger", "{}");
        var run = await server.WaitForRunAsync(new PipelineRunId(triggered["run_id"]!.GetValue<string>()));

        Assert.Equal(PipelineRunStatus.Success, run.Status);
        Assert.All(run.Tasks, t => Assert.Equal(TaskState.Success, t.State));
        Assert.Equal(42, run.Tasks[0].Outputs!["rows"].GetInt32());
        Assert.Equal("x", run.Tasks[0].Outputs!["name"].GetString());
        var log = await server.Client.GetOkAsync($"/api/osprey/pipelines/runs/{run.Id}/tasks/consume/log");
        Assert.Contains("got 42 rows named x", log["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"logs/chain/{run.Id}/consume/1.log", log["path"]!.GetValue<string>());
    }
}
