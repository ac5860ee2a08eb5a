using System.CommandLine;
using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Heartbeats;
using Osprey.Core.Alerting.Uptime;
using Osprey.Core.Pipelines;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey heartbeats list|create</c>: the heartbeat monitors, with the URL each job should ping.</summary>
internal static class MonitorsHeartbeatsCommand
{
    public static Command Build(CommandContext context)
    {
        var command = CommandContext.Group("heartbeats", "List and create heartbeats: monitors that expect a ping from a job every period");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Create(context));
        return command;
    }

    private static Command List(CommandContext context)
    {
        var command = new Command("list", "List heartbeats with their state and ping URL");
        MonitorsCommand.SetAction(context, command, async (parse, client, ct) =>
        {
            var beats = await client.ListAsync(MonitorKind.Heartbeat, ct);
            if (context.IsJson(parse))
            {
                MonitorsView.Json(context.Terminal, beats);
                return;
            }
            MonitorsView.Table(context.Terminal, beats);
            var server = context.Settings(parse).ServerUrl is { } url ? new Uri(url) : null;
            foreach (var beat in beats)
            {
                context.Terminal.Line($"{beat.Definition.Name}: {MonitorsView.PingUrl(server, beat.Definition.Heartbeat!.Token)}");
            }
        });
        return command;
    }

    private static Command Create(CommandContext context)
    {
        var name = new Argument<string>("name") { Description = "A unique name, such as the job it watches" };
        var period = new Option<string>("--period") { Description = "How often the job pings, such as 1h or 1d", Required = true };
        var grace = new Option<string?>("--grace") { Description = "Extra time before it counts as missed (default 20% of the period)" };
        var command = new Command("create", "Create a heartbeat and print the URL its job should ping") { name, period, grace };
        MonitorsCommand.SetAction(context, command, async (parse, client, ct) =>
        {
            var every = Duration(parse.GetRequiredValue(period), "--period");
            var extra = parse.GetValue(grace) is { } g ? Duration(g, "--grace") : every / 5;
            var definition = new MonitorDefinition(parse.GetRequiredValue(name), MonitorKind.Heartbeat, TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.Zero,
                AlertPriority.P3, [], Paused: false, OnStatusPage: true, Maintenance: [], Heartbeat: new HeartbeatSettings(every, extra, ""));
            // The same checks as a monitor file, so a name or period the file would refuse is refused here too.
            var checkedDefinition = MonitorJson.Read(MonitorJson.Write(definition));
            var created = await client.CreateAsync(checkedDefinition, ct);
            if (context.IsJson(parse))
            {
                MonitorsView.Json(context.Terminal, [created]);
                return;
            }
            var server = context.Settings(parse).ServerUrl is { } url ? new Uri(url) : null;
            context.Terminal.Line($"Created heartbeat {created.Definition.Name}. Ping it from the job:");
            context.Terminal.Line(MonitorsView.PingUrl(server, created.Definition.Heartbeat!.Token));
        });
        return command;
    }

    private static TimeSpan Duration(string text, string option) =>
        DurationText.TryParse(text, out var value) && value >= TimeSpan.FromSeconds(1)
            ? value
            : throw OspreyException.Invalid($"{option} must be a duration of at least 1s such as 30s, 10m or 1h, got '{text}'");
}
