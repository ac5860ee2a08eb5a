using System.CommandLine;
using Osprey.Server.Alerting.Alerts.Contracts;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey alerts create MESSAGE</c>: raises an alert (a repeat of an open alias only counts).</summary>
internal static class AlertCreateCommand
{
    public static Command Build(CommandContext context)
    {
        var message = new Argument<string>("message") { Description = "What is wrong, in one line (at most 130 characters)" };
        var alias = new Option<string?>("--alias") { Description = "De-duplication key: while an alert with it is open, raising it again only counts" };
        var priority = new Option<string?>("--priority") { Description = "P1 (critical) to P5; P3 by default" };
        var tags = new Option<string[]>("--tag") { Description = "A tag (repeat for more, at most 20)", AllowMultipleArgumentsPerToken = false };
        var entity = new Option<string?>("--entity") { Description = "What the alert is about, such as a model or a host" };
        var source = new Option<string?>("--source") { Description = "Who raises it; 'cli' by default" };
        var description = new Option<string?>("--description") { Description = "Longer explanation" };
        var team = new Option<string?>("--team") { Description = "The team responsible (a team responder)" };
        var note = new Option<string?>("--note") { Description = "A note recorded with the alert" };
        var command = new Command("create", "Raise an alert") { message, alias, priority, tags, entity, source, description, team, note };
        AlertsCommand.SetAction(context, command, async (parse, alerts, ct) =>
        {
            var responders = parse.GetValue(team) is { } t ? new[] { new AlertResponderDto("team", t) } : null;
            var request = new CreateAlertRequest(parse.GetRequiredValue(message), parse.GetValue(alias), parse.GetValue(priority), parse.GetValue(tags), null,
                parse.GetValue(entity), parse.GetValue(source) ?? "cli", parse.GetValue(description), null, responders, null, parse.GetValue(note));
            var receipt = await alerts.CreateAsync(request, ct);
            if (context.IsJson(parse))
            {
                context.Terminal.Json(receipt, AlertJsonContext.Default.Options);
                return;
            }
            context.Terminal.Line(receipt.Deduplicated
                ? $"Alert {receipt.AlertId} was already open; counted a repeat (count {receipt.Count})."
                : $"Raised alert {receipt.AlertId}.");
        });
        return command;
    }
}
