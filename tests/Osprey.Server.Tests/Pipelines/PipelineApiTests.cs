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

    [Fact]
    public async Task RetryFailedOnly_AfterAFailure_RunsTheFailedTaskAgainAndTheRunSucceeds()
    {
        await using var server = await PipelineServer.StartAsync();
        var marker = Path.Combine(server.Home, "fixed");
        server.WriteFile("flaky", $$"""
            tasks:
              ok:
                type: noop
              flaky:
                type: shell
                depends_on: ok
                with:
                  command: "test -f {{marker}}"
            """);
        server.StartWorker();
        var id = new PipelineRunId((await server.Client.PostOkAsync("/api/osprey/pipelines/flaky/trigger", "{}"))["run_id"]!.GetValue<string>());
        var failed = await server.WaitForRunAsync(id);
        await File.WriteAllTextAsync(marker, "");

        await server.Client.PostOkAsync($"/api/osprey/pipelines/runs/{id}/retry", """{"failed_only": true}""");
        var retried = await server.WaitForRunAsync(id, r => r.Status == PipelineRunStatus.Success);

        Assert.Equal(PipelineRunStatus.Failed, failed.Status);
        Assert.Equal([1, 2], retried.Tries.Where(t => t.TaskId == "flaky").Select(t => t.TryNumber));
        Assert.Equal(1, retried.Tries.Count(t => t.TaskId == "ok"));
    }

    [Fact]
    public async Task RegisterPauseAndList_RegisteredPipeline_IsListedPausedWithItsRuns()
    {
        await using var server = await PipelineServer.StartAsync();

        await server.Client.PostOkAsync("/api/osprey/pipelines/register",
            """{"file_name": "nightly.yaml", "source": "schedule: \"0 3 * * *\"\ntasks:\n  a:\n    type: noop\n"}""");
        await server.Client.PostOkAsync("/api/osprey/pipelines/nightly/pause", "{}");
        var triggered = await server.Client.PostOkAsync("/api/osprey/pipelines/nightly/trigger", "{}");
        var list = await server.Client.GetOkAsync("/api/osprey/pipelines/");
        var runs = await server.Client.GetOkAsync("/api/osprey/pipelines/runs?pipeline=nightly&status=running,queued");

        var nightly = list["pipelines"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "nightly")!;
        Assert.Equal(("0 3 * * *", true, "registered"), (nightly["schedule"]!.GetValue<string>(), nightly["paused"]!.GetValue<bool>(), nightly["origin"]!.GetValue<string>()));
        Assert.Equal(triggered["run_id"]!.GetValue<string>(), runs["runs"]!.AsArray().Single()!["run_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Errors_UnknownPipelineInvalidYamlAndMissingLog_AnswerWithTheirCodes()
    {
        await using var server = await PipelineServer.StartAsync(("one", "tasks:\n  a:\n    type: noop\n"));

        using var unknown = await server.Client.PostJsonAsync("/api/osprey/pipelines/nope/trigger", "{}");
        using var invalid = await server.Client.PostJsonAsync("/api/osprey/pipelines/register", """{"file_name": "bad.yaml", "source": "tasks:\n  a:\n    type: nope\n"}""");
        var run = await server.Client.PostOkAsync("/api/osprey/pipelines/one/trigger", "{}");
        using var log = await server.Client.GetAsync($"/api/osprey/pipelines/runs/{run["run_id"]!.GetValue<string>()}/tasks/a/log");

        await unknown.ReadErrorAsync(System.Net.HttpStatusCode.NotFound, "RESOURCE_DOES_NOT_EXIST");
        var message = await invalid.ReadErrorAsync(System.Net.HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        Assert.Contains("bad.yaml:3:11: tasks.a.type 'nope' is not a known task type", message, StringComparison.Ordinal);
        await log.ReadErrorAsync(System.Net.HttpStatusCode.NotFound, "RESOURCE_DOES_NOT_EXIST");
    }
}
