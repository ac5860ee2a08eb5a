using System.CommandLine;
using System.Globalization;
using Osprey.Cli.Rendering;
using Osprey.Server.Alerting.Alerts.Contracts;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Renders alerts, their history and analytics as terminal tables.</summary>
internal static class AlertTables
{
    public static void List(Terminal terminal, AlertListResponse page)
    {
        if (page.Data.Count == 0)
        {
            terminal.MarkupLine("[grey]No alerts match.[/]");
            return;
        }
        var table = new Table().AddColumns("Tiny", "Priority", "Status", "Count", "Message", "Team", "Created", "Id");
        foreach (var a in page.Data)
        {
            table.AddRow(a.TinyId, a.Priority, State(a), a.Count.ToString(CultureInfo.InvariantCulture), DisplayText.Escape(a.Message),
                DisplayText.Escape(a.Team ?? ""), a.CreatedAt, a.Id);
        }
        terminal.Write(table);
        terminal.MarkupLine($"[grey]{page.Data.Count} of {page.TotalCount} (offset {page.Offset}).[/]");
    }

    public static void Show(Terminal terminal, AlertDto a, IReadOnlyList<AlertEventDto> history)
    {
        terminal.Line($"{a.Priority} {a.Message}");
        terminal.Line($"  id {a.Id} (tiny {a.TinyId}), alias {a.Alias}");
        terminal.Line($"  {State(a)}, count {a.Count}, created {a.CreatedAt}, last {a.LastOccurredAt}");
        terminal.Line($"  team {a.Team ?? "-"}, escalation {a.EscalationPolicy ?? "-"}, entity {a.Entity ?? "-"}, source {a.Source ?? "-"}");
        if (a.Tags.Count > 0)
        {
            terminal.Line($"  tags {string.Join(", ", a.Tags)}");
        }
        var table = new Table().AddColumns("Seq", "At", "Event", "By", "Note");
        foreach (var e in history)
        {
            table.AddRow(e.Sequence.ToString(CultureInfo.InvariantCulture), e.At, e.Kind, DisplayText.Escape(e.Actor ?? ""), DisplayText.Escape(e.Note ?? ""));
        }
        terminal.Write(table);
    }

    public static void Changed(CommandContext context, ParseResult parse, AlertChangeResponse change)
    {
        if (context.IsJson(parse))
        {
            context.Terminal.Json(change, AlertJsonContext.Default.Options);
            return;
        }
        context.Terminal.Line(change.Event is { } e
            ? $"Alert {change.Data.TinyId}: {e.Kind} (event {e.Sequence}); now {State(change.Data)}."
            : $"Alert {change.Data.TinyId} was already {State(change.Data)}; nothing changed.");
    }

    public static void Analytics(Terminal terminal, AlertAnalyticsResponse report)
    {
        terminal.Line($"Alerts created {report.From} to {report.To}, by {report.By} (noise: tagged, or closed unacknowledged within {report.NoiseWindowMinutes} min)");
        var table = new Table().AddColumns("Group", "Alerts", "Acked", "Closed", "MTTA", "MTTR", "Escalated", "Noise");
        foreach (var s in report.Groups.Prepend(report.Overall))
        {
            table.AddRow(DisplayText.Escape(s.Key), Count(s.Alerts), Count(s.Acknowledged), Count(s.Closed), Duration(s.MttaSeconds), Duration(s.MttrSeconds),
                Share(s.EscalationRate), Share(s.NoiseRate));
        }
        terminal.Write(table);
    }

    private static string State(AlertDto a) =>
        a.Status == "closed" ? "closed" : a.Snoozed ? "open, snoozed" : a.Acknowledged ? $"open, acked by {a.AcknowledgedBy ?? "someone"}" : "open";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Share(double share) => share.ToString("P0", CultureInfo.InvariantCulture);

    private static string Duration(double? seconds) => seconds is { } s ? TimeSpan.FromSeconds(Math.Round(s)).ToString("c", CultureInfo.InvariantCulture) : "-";

}
