using Osprey.Core.Pipelines.Runs;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Tasks;

public sealed class ShellTaskRunnerTests
{
    [Fact]
    public async Task Run_OutputLinesAndOutputsFile_BecomeTheOutputsAndTheLogKeepsWhatWasPrinted()
    {
        using var harness = new TaskHarness();

        var done = await harness.RunAsync("shell", """
            {"command": "echo hello; echo '::output f1=0.83'; echo '::output note=two words'; echo '{\"rows\": 10, \"f1\": 0.9}' > $OSPREY_OUTPUTS; echo oops >&2"}
            """);

        Assert.Equal(TaskOutcome.Succeeded, done.Outcome);
        Assert.Equal(0.9, done.Outputs!["f1"].GetDouble());
        Assert.Equal("two words", done.Outputs["note"].GetString());
        Assert.Equal(10, done.Outputs["rows"].GetInt32());
        var log = harness.Log(done);
        Assert.Contains("hello\n", log, StringComparison.Ordinal);
        Assert.Contains("oops\n", log, StringComparison.Ordinal);
        Assert.Equal("logs/p/" + done.RunId + "/t/1.log", done.LogPath);
    }

    [Fact]
    public async Task Run_NonZeroExit_FailsWithTheCodeAndTheLastErrorLine()
    {
        using var harness = new TaskHarness();

        var done = await harness.RunAsync("shell", """{"command": "echo first >&2; echo 'no such table' >&2; exit 7"}""");

        Assert.Equal((TaskOutcome.Failed, "exit code 7: no such table"), (done.Outcome, done.Message));
        Assert.Null(done.Outputs);
    }

    [Fact]
    public async Task Run_SkipExitCode_SkipsAndCustomCodeIsHonoured()
    {
        using var harness = new TaskHarness();

        var skipped = await harness.RunAsync("shell", """{"command": "exit 99"}""");
        var custom = await harness.RunAsync("shell", """{"command": "exit 5", "skip_exit_code": 5}""");

        Assert.Equal(TaskOutcome.Skipped, skipped.Outcome);
        Assert.Equal(TaskOutcome.Skipped, custom.Outcome);
    }

    [Fact]
    public async Task Run_EnvironmentAndWorkingFolder_AreGivenToTheCommand()
    {
        using var harness = new TaskHarness();
        Directory.CreateDirectory(Path.Combine(harness.Home, "sub"));

        var done = await harness.RunAsync("shell",
            """{"command": "echo \"::output where=$(basename $PWD)\"; echo ::output greeting=$GREETING; echo ::output try=$OSPREY_TRY_NUMBER", "cwd": "sub", "env": {"GREETING": "hi"}}""",
            tryNumber: 3);

        Assert.Equal(("sub", "hi", 3), (done.Outputs!["where"].GetString(), done.Outputs["greeting"].GetString(), done.Outputs["try"].GetInt32()));
    }

    [Fact]
    public async Task Run_PastExecutionTimeout_KillsTheProcessTreeAndReportsTimedOut()
    {
        using var harness = new TaskHarness();
        var pidFile = Path.Combine(harness.Home, "pid");

        var done = await harness.RunAsync("shell", $$"""{"command": "sleep 60 & echo $! > {{pidFile}}; wait"}""", timeout: TimeSpan.FromMilliseconds(500));

        Assert.Equal(TaskOutcome.TimedOut, done.Outcome);
        Assert.Contains("execution_timeout of 500ms", done.Message, StringComparison.Ordinal);
        Assert.True(await GoneSoonAsync(int.Parse(await File.ReadAllTextAsync(pidFile))), "the command's child process survived the kill");
    }

    [Fact]
    public async Task Run_Killed_ReportsFailedAsKilled()
    {
        using var harness = new TaskHarness();
        using var kill = new CancellationTokenSource();

        var running = harness.RunAsync("shell", """{"command": "echo started; sleep 60"}""", kill: kill.Token);
        await kill.CancelAsync();
        var done = await running;

        Assert.Equal(TaskOutcome.Failed, done.Outcome);
        Assert.StartsWith("killed", done.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingCommand_FailsNamingTheSetting()
    {
        using var harness = new TaskHarness();

        var done = await harness.RunAsync("shell", """{"cmd": "true"}""");

        Assert.Equal((TaskOutcome.Failed, "tasks.t.with.command is required and must be text"), (done.Outcome, done.Message));
    }

    [Fact]
    public async Task Run_OutputsOverTheLimit_FailTheTry()
    {
        using var harness = new TaskHarness();

        var done = await harness.RunAsync("shell", """{"command": "echo \"::output big=$(head -c 70000 /dev/zero | tr '\\0' a)\""}""");

        Assert.Equal(TaskOutcome.Failed, done.Outcome);
        Assert.Contains("over the limit of 65536", done.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownType_FailsNamingWhatTheWorkerRuns()
    {
        using var harness = new TaskHarness();

        var done = await harness.RunAsync("train", "{}");

        Assert.Equal((TaskOutcome.Failed, "this worker cannot run tasks of type 'train' (it runs noop, shell, validate)"), (done.Outcome, done.Message));
    }

    /// <summary>Waits (a guard of ten seconds, not a measurement) for a killed process to be gone: no longer listed, or a zombie nobody reaps.</summary>
    internal static async Task<bool> GoneSoonAsync(int pid)
    {
        for (var i = 0; i < 200; i++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat) || (await File.ReadAllTextAsync(stat)).Split(") ")[^1].StartsWith('Z'))
            {
                return true;
            }
            await Task.Delay(50);
        }
        return false;
    }
}
