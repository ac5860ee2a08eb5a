using System.CommandLine;
using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.Server.Alerting.Alerts;
using Osprey.Server.Alerting.Alerts.Contracts;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey alerts list</c> with its filters.</summary>
internal static class AlertListCommand
{
    public static Command Build(CommandContext context)
    {
        var status = new Option<string?>("--status") { Description = "open or closed" };
        var priority = new Option<string?>("--priority") { Description = "P1 to P5" };
        var tag = new Option<string?>("--tag") { Description = "Only alerts with this tag" };
        var team = new Option<string?>("--team") { Description = "Only alerts routed to this team" };
        var entity = new Option<string?>("--entity") { Description = "Only alerts about this entity" };
        var source = new Option<string?>("--source") { Description = "Only alerts from this source" };
        var alias = new Option<string?>("--alias") { Description = "Only alerts with this alias (exact)" };
        var from = new Option<string?>("--from") { Description = "Created at or after this time (ISO 8601)" };
        var to = new Option<string?>("--to") { Description = "Created before this time (ISO 8601)" };
        var limit = new Option<int>("--limit") { Description = "Page size, 1 to 100", DefaultValueFactory = _ => AlertQuery.DefaultLimit };
        var offset = new Option<int>("--offset") { Description = "Alerts to skip" };
        var command = new Command("list", "List alerts, newest first") { status, priority, tag, team, entity, source, alias, from, to, limit, offset };
        AlertsCommand.SetAction(context, command, async (parse, alerts, ct) =>
        {
            var query = new AlertQuery(
                Status: parse.GetValue(status)?.ToLowerInvariant() switch
                {
                    null => null,
                    "open" => AlertStatus.Open,
                    "closed" => AlertStatus.Closed,
                    var other => throw OspreyException.Invalid($"Invalid value for '--status': '{other}' is not open or closed."),
                },
                AlertMapping.ParsePriority(parse.GetValue(priority), "--priority"), parse.GetValue(tag), parse.GetValue(team), parse.GetValue(entity),
                parse.GetValue(source), parse.GetValue(alias), AlertMapping.ParseTime(parse.GetValue(from), "--from")?.ToUnixTimeMilliseconds(),
                AlertMapping.ParseTime(parse.GetValue(to), "--to")?.ToUnixTimeMilliseconds(), parse.GetValue(offset), parse.GetValue(limit));
            var page = await alerts.ListAsync(query, ct);
            if (context.IsJson(parse))
            {
                context.Terminal.Json(page, AlertJsonContext.Default.Options);
                return;
            }
            AlertTables.List(context.Terminal, page);
        });
        return command;
    }
}
