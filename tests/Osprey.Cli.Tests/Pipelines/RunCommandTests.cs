namespace Osprey.Cli.Tests.Pipelines;

/// <summary><c>osprey run FILE</c> with real worker processes: the states shown, the exit code, and what the run leaves in the workspace.</summary>
public sealed class RunCommandTests
{
    private const string BranchAndFailure = """
        name: mixed
        tasks:
          count:
            type: shell
            with:
              command: "echo counting; echo '::output n=3'"
          gate:
            type: branch
            depends_on: count
            choose:
              - when: "{{ tasks.count.outputs.n > 2 }}"
                run: big
            otherwise: small
          big:
            type: shell
            depends_on: gate
            with:
              command: "echo big batch of {{ tasks.count.outputs.n }}"
          small:
            type: noop
            depends_on: gate
          join:
            type: noop
            depends_on: [big, small]
            trigger_rule: none_failed_min_one_success
          load:
            type: shell
            depends_on: join
            with:
              command: "echo 'table locked' >&2; exit 3"
        """;

    [Fact]
    public async Task Run_ShellTasksABranchAndAFailure_ShowsEachStateAndExitsNonZero()
    {
        using var cli = new CliRunner();
        var file = Write(cli, "mixed.yaml", BranchAndFailure);

        var result = await cli.RunAsync("run", file, "--workers", "1");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("gate: none → success (chose big)", result.Output, StringComparison.Ordinal);
        Assert.Contains("small: none → skipped (branch gate chose big)", result.Output, StringComparison.Ordinal);
        Assert.Contains("join: queued → running", result.Output, StringComparison.Ordinal);
        Assert.Contains("load: running → failed (try 1 of 1: exit code 3: table locked)", result.Output, StringComparison.Ordinal);
        Assert.Equal(["error: the run failed: load failed (try 1 of 1: exit code 3: table locked)"], result.ErrorLines);
    }

    [Fact]
    public async Task Run_SucceedingPipeline_ExitsZeroAndLeavesItsRunAndLogsInTheWorkspace()
    {
        using var cli = new CliRunner();
        var file = Write(cli, "ok.yaml", "tasks:\n  hello:\n    type: shell\n    with:\n      command: \"echo hello {{ params.who }}\"\nparams:\n  who: world\n");

        var result = await cli.RunAsync("run", file, "--workers", "1", "--param", "who=osprey");
        var runs = (await cli.SucceedAsync("pipelines", "runs", "--json")).Json().GetProperty("runs");
        var runId = runs[0].GetProperty("run_id").GetString()!;
        var log = await cli.SucceedAsync("pipelines", "logs", runId, "hello");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("hello: running → success", result.Output, StringComparison.Ordinal);
        Assert.Equal(("ok", "success", "manual"), (runs[0].GetProperty("pipeline").GetString(), runs[0].GetProperty("status").GetString(), runs[0].GetProperty("kind").GetString()));
        Assert.Contains("hello osprey", log.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidFile_ReportsEveryErrorWithItsPlaceAndStartsNothing()
    {
        using var cli = new CliRunner();
        var file = Write(cli, "bad.yaml", "tasks:\n  a:\n    type: shell\n    with: { comand: x }\n  b:\n    type: http\n    with: { url: \"https://example.com\", method: FETCH }\n");

        var result = await cli.RunAsync("run", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("bad.yaml:4:21: tasks.a.with.comand is not a setting of shell tasks (did you mean 'command'?)", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad.yaml:7:49: tasks.b.with.method must be one of GET, POST, PUT, PATCH, DELETE, HEAD, got 'FETCH'", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cli.Home, "osprey.db")));
    }

    internal static string Write(CliRunner cli, string name, string yaml)
    {
        var folder = Directory.CreateDirectory(Path.Combine(cli.Home, "project")).FullName;
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, yaml);
        return path;
    }
}
