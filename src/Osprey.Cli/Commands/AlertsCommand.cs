using System.CommandLine;
using Osprey.Core.Alerting.Alerts;
using Osprey.Core.Alerting.Analytics;
using Osprey.Server.Alerting.Alerts;
using Osprey.Server.Alerting.Alerts.Contracts;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey alerts list|show|create|ack|unack|snooze|note|close|analytics</c> (local workspace or --server).</summary>
internal static class AlertsCommand
{
    public static Command Build(CommandContext context)
    {
        var command = CommandContext.Group("alerts", "List, raise, acknowledge, snooze and close alerts, and see alert analytics (local workspace or --server)");
        command.Subcommands.Add(AlertListCommand.Build(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(AlertCreateCommand.Build(context));
        command.Subcommands.Add(Action(context, "ack", "acknowledge", "Acknowledge an alert: someone is on it, escalation stops"));
        command.Subcommands.Add(Action(context, "unack", "unacknowledge", "Take an acknowledgement back, so escalation resumes"));
        command.Subcommands.Add(Snooze(context));
        command.Subcommands.Add(Note(context));
        command.Subcommands.Add(Close(context));
        command.Subcommands.Add(AlertAnalyticsCommand.Build(context));
        return command;
    }

    /// <summary>Sets an action that opens the alert operations (local or remote) for the command.</summary>
    public static void SetAction(CommandContext context, Command command, Func<ParseResult, AlertOperations, CancellationToken, Task> action) =>
        command.SetAction(async (parse, ct) =>
        {
            await using var alerts = await AlertOperations.OpenAsync(context.Settings(parse), context.Environment, ct);
            await action(parse, alerts, ct);
            return ExitCodes.Success;
        });

    private static Argument<string> Identifier() => new("alert") { Description = "The alert's id, tiny id or alias (see --type)" };

    private static Option<string?> Type() => new("--type") { Description = "How to read the identifier: id (default), tiny or alias" };

    private static Command Show(CommandContext context)
    {
        var (identifier, type) = (Identifier(), Type());
        var command = new Command("show", "Show an alert and its history") { identifier, type };
        SetAction(context, command, async (parse, alerts, ct) =>
        {
            var id = parse.GetRequiredValue(identifier);
            var kind = AlertIdentifiers.ParseType(parse.GetValue(type));
            var alert = await alerts.ShowAsync(id, kind, ct);
            var history = await alerts.HistoryAsync(alert.Id, AlertIdentifierType.Id, ct);
            if (context.IsJson(parse))
            {
                context.Terminal.Json(new AlertResponse(alert, "cli"), AlertJsonContext.Default.Options);
                return;
            }
            AlertTables.Show(context.Terminal, alert, history);
        });
        return command;
    }

    private static Command Action(CommandContext context, string name, string action, string description, Func<ParseResult, AlertActionRequest>? extra = null)
    {
        var (identifier, type) = (Identifier(), Type());
        var note = new Option<string?>("--note") { Description = "A note recorded with the change" };
        var command = new Command(name, description) { identifier, type, note };
        SetAction(context, command, async (parse, alerts, ct) =>
        {
            var request = (extra?.Invoke(parse) ?? new AlertActionRequest()) with { Note = parse.GetValue(note) ?? extra?.Invoke(parse).Note };
            var change = await alerts.ActAsync(action, parse.GetRequiredValue(identifier), AlertIdentifiers.ParseType(parse.GetValue(type)), request, ct);
            AlertTables.Changed(context, parse, change);
        });
        return command;
    }

    private static Command Snooze(CommandContext context)
    {
        var until = new Option<string?>("--until") { Description = "When the snooze ends: an ISO 8601 time" };
        var forTime = new Option<TimeSpan?>("--for") { Description = "How long to snooze, such as 00:30:00 (instead of --until)" };
        var command = Action(context, "snooze", "snooze", "Snooze an alert: no notifications until the snooze ends",
            parse => new AlertActionRequest(EndTime: parse.GetValue(until)
                ?? (context.Environment.Clock.GetUtcNow() + (parse.GetValue(forTime) ?? TimeSpan.FromHours(1))).ToString("o", System.Globalization.CultureInfo.InvariantCulture)));
        command.Options.Add(until);
        command.Options.Add(forTime);
        return command;
    }

    private static Command Note(CommandContext context)
    {
        var text = new Argument<string>("text") { Description = "The note" };
        var command = Action(context, "note", "notes", "Add a note to an alert's history", parse => new AlertActionRequest(Note: parse.GetRequiredValue(text)));
        command.Arguments.Add(text);
        return command;
    }

    private static Command Close(CommandContext context)
    {
        var noise = new Option<bool>("--noise") { Description = "Mark the alert as noise (tags it 'noise'; analytics counts it)" };
        var command = Action(context, "close", "close", "Close an alert; its alias may open a new alert afterwards",
            parse => new AlertActionRequest(Noise: parse.GetValue(noise)));
        command.Options.Add(noise);
        return command;
    }

    internal static int DefaultNoiseWindow => AlertAnalytics.DefaultNoiseWindowMinutes;

}
