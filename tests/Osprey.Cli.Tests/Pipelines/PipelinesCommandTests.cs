using Osprey.Cli.Tests.Remote;

namespace Osprey.Cli.Tests.Pipelines;

/// <summary><c>osprey pipelines ...</c> on the local workspace and through <c>--server</c>.</summary>
public sealed class PipelinesCommandTests
{
    private const string Nightly = "schedule: \"0 3 * * *\"\ntasks:\n  extract:\n    type: noop\n  load:\n    type: noop\n    depends_on: extract\n";

    [Fact]
    public async Task Local_ListTriggerStatusCancel_WorkOnTheWorkspaceFolder()
    {
        using var cli = new CliRunner();
        Directory.CreateDirectory(Path.Combine(cli.Home, "pipelines"));
        await File.WriteAllTextAsync(Path.Combine(cli.Home, "pipelines", "nightly.yaml"), Nightly);

        var list = (await cli.SucceedAsync("pipelines", "list", "--json")).Json().GetProperty("pipelines");
        var run = (await cli.SucceedAsync("pipelines", "trigger", "nightly", "--json")).Json().GetProperty("run_id").GetString()!;
        var status = await cli.SucceedAsync("pipelines", "status", run);
        await cli.SucceedAsync("pipelines", "cancel", run);
        var again = await cli.RunAsync("pipelines", "cancel", run);
        var cancelled = (await cli.SucceedAsync("pipelines", "status", run, "--json")).Json();

        Assert.Equal(("nightly", "0 3 * * *", 2), (list[0].GetProperty("name").GetString(), list[0].GetProperty("schedule").GetString(), list[0].GetProperty("tasks").GetInt32()));
        Assert.Contains("extract │ queued", status.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, again.ExitCode);
        Assert.Contains("has already finished (cancelled)", again.Error, StringComparison.Ordinal);
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.All(cancelled.GetProperty("tasks").EnumerateArray(), t => Assert.Equal("cancelled", t.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Local_PauseAndUnpause_ShowInTheList()
    {
        using var cli = new CliRunner();
        Directory.CreateDirectory(Path.Combine(cli.Home, "pipelines"));
        await File.WriteAllTextAsync(Path.Combine(cli.Home, "pipelines", "nightly.yaml"), Nightly);

        await cli.SucceedAsync("pipelines", "pause", "nightly");
        var paused = (await cli.SucceedAsync("pipelines", "list", "--json")).Json().GetProperty("pipelines")[0];
        await cli.SucceedAsync("pipelines", "unpause", "nightly");
        var unpaused = (await cli.SucceedAsync("pipelines", "list", "--json")).Json().GetProperty("pipelines")[0];
        var unknown = await cli.RunAsync("pipelines", "pause", "nope");

        Assert.True(paused.GetProperty("paused").GetBoolean());
        Assert.False(paused.TryGetProperty("next_run_at", out _));
        Assert.False(unpaused.GetProperty("paused").GetBoolean());
        Assert.Equal(ExitCodes.NotFound, unknown.ExitCode);
    }

    [Fact]
    public async Task Server_RegisterTriggerAndInspect_GoThroughTheRestApi()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var file = RunCommandTests.Write(server.Remote, "nightly.yaml", Nightly);

        await server.Remote.SucceedAsync("pipelines", "register", file);
        var show = await server.Remote.SucceedAsync("pipelines", "show", "nightly");
        var run = (await server.Remote.SucceedAsync("pipelines", "trigger", "nightly", "--json")).Json().GetProperty("run_id").GetString()!;
        var runs = (await server.Remote.SucceedAsync("pipelines", "runs", "nightly", "--status", "running", "--json")).Json().GetProperty("runs");
        var local = (await server.Local.SucceedAsync("pipelines", "status", run, "--json")).Json();

        Assert.Contains("extract │ noop", show.Output, StringComparison.Ordinal);
        Assert.Equal(run, runs[0].GetProperty("run_id").GetString());
        Assert.Equal(("nightly", "running"), (local.GetProperty("pipeline").GetString(), local.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Register_InvalidFile_ExitsWithTheErrorsAndRegistersNothing()
    {
        using var cli = new CliRunner();
        var file = RunCommandTests.Write(cli, "broken.yaml", "tasks:\n  a:\n    type: shell\n");

        var result = await cli.RunAsync("pipelines", "register", file);
        var list = (await cli.SucceedAsync("pipelines", "list", "--json")).Json().GetProperty("pipelines");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("broken.yaml:2:3: tasks.a.with.command is required for shell tasks", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, list.GetArrayLength());
    }
}
