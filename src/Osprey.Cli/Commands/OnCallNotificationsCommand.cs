using System.CommandLine;
using Osprey.Cli.Rendering;
using Osprey.Core.Alerting.Notifications;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey notifications list</c>: the delivery log of the local workspace, newest first.</summary>
internal static class OnCallNotificationsCommand
{
    public static Command Build(CommandContext context)
    {
        var group = CommandContext.Group("notifications", "The notification delivery log");
        var alert = new Option<string?>("--alert") { Description = "Only this alert's notifications" };
        var status = new Option<OutboxStatus?>("--status") { Description = "Only pending, held, sending, sent or failed" };
        var limit = new Option<int>("--limit") { Description = "At most this many", DefaultValueFactory = _ => 50 };
        var list = new Command("list", "List deliveries with their status, attempts and last error") { alert, status, limit };
        list.SetAction(async (parse, ct) =>
        {
            await using var local = await OnCallLocal.OpenAsync(context, parse, ct);
            var entries = await local.Service.DeliveriesAsync(new DeliveryQuery(parse.GetValue(alert), parse.GetValue(status), parse.GetValue(limit)), ct);
            if (entries.Count == 0)
            {
                context.Terminal.MarkupLine("[grey]No notifications yet.[/]");
                return ExitCodes.Success;
            }
            var table = new Table().AddColumns("Delivery", "Alert", "Event", "Recipient", "Channel", "Status", "Attempts", "Last error");
            foreach (var e in entries)
            {
                table.AddRow(DisplayText.Escape(e.DeliveryId), DisplayText.Escape($"#{e.Content.TinyId} {e.Content.Message}"), e.Content.Event.ToString().ToLowerInvariant(),
                    DisplayText.Escape(e.Recipient), DisplayText.Escape(e.Channel), e.Status.ToString().ToLowerInvariant(), e.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    DisplayText.Escape(e.LastError));
            }
            context.Terminal.Write(table);
            return ExitCodes.Success;
        });
        group.Subcommands.Add(list);
        return group;
    }
}
