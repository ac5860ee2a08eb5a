using System.Net;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Server.Tests.Pipelines;

/// <summary>Workers against a live server: timeouts kill the try and retry it, a cancel kills running shell tasks, and worker calls need the server's trust.</summary>
public sealed class WorkerTests
{
    [Fact]
    public async Task ExecutionTimeout_ShellTaskRunsTooLong_IsKilledThenRetried()
    {
        await using var server = await PipelineServer.StartAsync();
        var pidFile = Path.Combine(server.Home, "first.pid");
        server.WriteFile("slow", $$"""
            tasks:
              slow:
                type: shell
                retries: 1
                retry_delay: 0s
                execution_timeout: 1s
                with:
                  command: "if [ $OSPREY_TRY_NUMBER = 1 ]; then sleep 60 & echo $! > {{pidFile}}; wait; fi; echo ::output try=$OSPREY_TRY_NUMBER"
            """);
        server.StartWorker();

        var run = await server.WaitForRunAsync(await TriggerAsync(server, "slow"));

        Assert.Equal(PipelineRunStatus.Success, run.Status);
        Assert.Equal(2, run.Tasks[0].Outputs!["try"].GetInt32());
        Assert.Contains("execution_timeout of 1s", run.Tries[0].Message, StringComparison.Ordinal);
        Assert.True(await ProcessGone.SoonAsync(int.Parse(await File.ReadAllTextAsync(pidFile))), "the timed-out try's process survived");
    }

    [Fact]
    public async Task Cancel_RunWithARunningShellTask_KillsItsProcessAndCancelsTheRun()
    {
        await using var server = await PipelineServer.StartAsync();
        var pidFile = Path.Combine(server.Home, "task.pid");
        server.WriteFile("long", $$"""
            tasks:
              long:
                type: shell
                with:
                  command: "sleep 120 & echo $! > {{pidFile}}; wait"
              after:
                type: noop
                depends_on: long
            """);
        server.StartWorker();
        var id = await TriggerAsync(server, "long");
        await server.WaitForRunAsync(id, r => r.Tasks[0].State == TaskState.Running && File.Exists(pidFile) && new FileInfo(pidFile).Length > 0);

        await server.Client.PostOkAsync($"/api/osprey/pipelines/runs/{id}/cancel", "{}");
        var run = await server.WaitForRunAsync(id);

        Assert.Equal(PipelineRunStatus.Cancelled, run.Status);
        Assert.Equal([TaskState.Cancelled, TaskState.Cancelled], run.Tasks.Select(t => t.State));
        Assert.True(await ProcessGone.SoonAsync(int.Parse(await File.ReadAllTextAsync(pidFile))), "the cancelled try's process survived");
    }

    [Fact]
    public async Task WorkerCalls_ServerRequiresTokens_AreRefusedWithoutTokenOrSecret()
    {
        await using var live = await LiveServer.StartAsync(o => o with { StaticToken = "s3cret" });

        using var refused = await live.Client.PostJsonAsync("/api/osprey/pipelines/workers/poll", """{"worker_id": "w", "max_tasks": 0}""");
        using var withSecret = live.CreateClient();
        withSecret.DefaultRequestHeaders.Add(Server.Pipelines.WorkerAccess.Header, Server.Pipelines.WorkerAccess.Secret);
        using var accepted = await withSecret.PostJsonAsync("/api/osprey/pipelines/workers/poll", """{"worker_id": "w", "max_tasks": 0}""");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    private static async Task<PipelineRunId> TriggerAsync(PipelineServer server, string pipeline) =>
        new((await server.Client.PostOkAsync($"/api/osprey/pipelines/{pipeline}/trigger", "{}"))["run_id"]!.GetValue<string>());
}
