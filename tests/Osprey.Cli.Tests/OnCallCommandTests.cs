namespace Osprey.Cli.Tests;

public sealed class OnCallCommandTests
{
    private const string AlwaysCovered = """
        users:
          - name: alice
            email: alice@example.com
        channels:
          - name: mail
            type: email
            smtp_host: 127.0.0.1
            from: osprey@example.com
        schedules:
          - name: primary
            layers:
              - rotation: daily
                start: 2020-01-01T00:00
                users: [alice]
        escalation_policies:
          - name: pager
            steps:
              - notify:
                  - schedule: primary
        """;

    private static CliRunner WithFile(string text)
    {
        var cli = new CliRunner();
        Directory.CreateDirectory(Path.Combine(cli.Home, "alerting"));
        File.WriteAllText(Path.Combine(cli.Home, "alerting", "oncall.yaml"), text);
        return cli;
    }

    [Fact]
    public async Task Now_ScheduleFromTheWorkspaceFile_ShowsWhoIsOnCall()
    {
        using var cli = WithFile(AlwaysCovered);

        var result = await cli.SucceedAsync("oncall", "now", "--schedule", "primary");

        Assert.Contains("alice", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_EverythingCovered_PassesWithExitZero()
    {
        using var cli = WithFile(AlwaysCovered);

        var result = await cli.SucceedAsync("oncall", "check");

        Assert.Contains("On-call check passed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BusinessHoursOnly_ReportsTheGapAndExitsOne()
    {
        using var cli = WithFile(AlwaysCovered.Replace("users: [alice]", "users: [alice]\n        restrictions:\n          - days: weekdays\n            from: \"09:00\"\n            to: \"17:00\"", StringComparison.Ordinal));

        var result = await cli.RunAsync("oncall", "check", "--days", "7");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("schedule primary: nobody is on call from", result.Output, StringComparison.Ordinal);
        Assert.Contains("escalation path ends in nobody", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_UnknownSchedule_FailsWithNotFound()
    {
        using var cli = WithFile(AlwaysCovered);

        var result = await cli.RunAsync("oncall", "timeline", "nope");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("No on-call schedule is named 'nope'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotificationsList_EmptyWorkspace_SaysThereAreNone()
    {
        using var cli = new CliRunner();

        var result = await cli.SucceedAsync("notifications", "list");

        Assert.Contains("No notifications yet.", result.Output, StringComparison.Ordinal);
    }
}
