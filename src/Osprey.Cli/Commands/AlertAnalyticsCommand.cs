using System.CommandLine;
using Osprey.Server.Alerting.Alerts.Contracts;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey alerts analytics</c>: MTTA, MTTR, escalation and noise shares by team, priority or entity.</summary>
internal static class AlertAnalyticsCommand
{
    public static Command Build(CommandContext context)
    {
        var from = new Option<string?>("--from") { Description = "Alerts created at or after this time (ISO 8601; default 30 days before --to)" };
        var to = new Option<string?>("--to") { Description = "Alerts created before this time (ISO 8601; default now)" };
        var by = new Option<string?>("--by") { Description = "Group by team (default), priority or entity" };
        var window = new Option<int>("--noise-window")
        {
            Description = "Minutes: an alert closed within this time without acknowledgement counts as noise",
            DefaultValueFactory = _ => AlertsCommand.DefaultNoiseWindow,
        };
        var command = new Command("analytics", "Show MTTA, MTTR, escalation rate, noise share and weekly volume") { from, to, by, window };
        AlertsCommand.SetAction(context, command, async (parse, alerts, ct) =>
        {
            var report = await alerts.AnalyticsAsync(parse.GetValue(from), parse.GetValue(to), parse.GetValue(by), parse.GetValue(window), ct);
            if (context.IsJson(parse))
            {
                context.Terminal.Json(report, AlertJsonContext.Default.Options);
                return;
            }
            AlertTables.Analytics(context.Terminal, report);
        });
        return command;
    }
}
