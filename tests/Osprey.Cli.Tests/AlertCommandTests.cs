using Osprey.Cli.Tests.Remote;
using Osprey.TestKit;

namespace Osprey.Cli.Tests;

/// <summary><c>osprey alerts</c> on a local workspace and against a server.</summary>
public sealed class AlertCommandTests
{
    [Fact]
    public async Task Alerts_LocalLifecycle_CreateRepeatAckCloseShowsHistory()
    {
        using var cli = new CliRunner();
        var alias = Some.Name("cli-alert");

        var created = (await cli.SucceedAsync("alerts", "create", "Queue backlog", "--alias", alias, "--priority", "P2", "--tag", "queue", "--team", "data", "--json")).Json();
        var repeat = (await cli.SucceedAsync("alerts", "create", "Queue backlog", "--alias", alias, "--json")).Json();
        await cli.SucceedAsync("alerts", "ack", alias, "--type", "alias", "--note", "looking");
        await cli.SucceedAsync("alerts", "note", alias, "drained by hand", "--type", "alias");
        var closed = await cli.SucceedAsync("alerts", "close", alias, "--type", "alias", "--noise");
        var shown = (await cli.SucceedAsync("alerts", "show", created.GetProperty("alertId").GetString()!, "--json")).Json().GetProperty("data");
        var history = await cli.SucceedAsync("alerts", "show", alias, "--type", "alias");

        Assert.Equal(created.GetProperty("alertId").GetString(), repeat.GetProperty("alertId").GetString());
        Assert.Equal(2, repeat.GetProperty("count").GetInt32());
        Assert.Contains("Closed", closed.Output, StringComparison.Ordinal);
        Assert.Equal(("closed", "P2", "data"), (shown.GetProperty("status").GetString(), shown.GetProperty("priority").GetString(), shown.GetProperty("team").GetString()));
        Assert.Contains("drained by hand", history.Output, StringComparison.Ordinal);
        Assert.Contains("Acknowledged", history.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alerts_UnknownAlert_FailsWithOneLineAndNotFoundExit()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("alerts", "ack", Some.Name("missing"), "--type", "alias");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("alias", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alerts_AgainstServer_CreateSnoozeListAndAnalytics()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var cli = server.Remote;
        var tag = Some.Name("remote");

        var created = (await cli.SucceedAsync("alerts", "create", "Remote alert", "--tag", tag, "--priority", "P1", "--json")).Json();
        var id = created.GetProperty("alertId").GetString()!;
        var snoozed = (await cli.SucceedAsync("alerts", "snooze", id, "--for", "00:30:00", "--json")).Json();
        var list = (await cli.SucceedAsync("alerts", "list", "--tag", tag, "--json")).Json();
        var analytics = (await cli.SucceedAsync("alerts", "analytics", "--by", "priority", "--json")).Json();
        var missing = await cli.RunAsync("alerts", "show", Some.Name("nope"));

        Assert.True(snoozed.GetProperty("data").GetProperty("snoozed").GetBoolean());
        Assert.Equal(id, list.GetProperty("data")[0].GetProperty("id").GetString());
        Assert.Equal("priority", analytics.GetProperty("by").GetString());
        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
    }
}
