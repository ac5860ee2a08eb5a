using System.CommandLine;
using System.Globalization;
using Osprey.Cli.Rendering;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey oncall now|timeline|check</c> and <c>osprey notifications list</c> over the local workspace.</summary>
internal static class OnCallCommand
{
    /// <summary>Adds both command groups to the root.</summary>
    public static void AddTo(RootCommand root, CommandContext context)
    {
        var oncall = CommandContext.Group("oncall", "Who is on call, schedule timelines, and a check for gaps and escalations that reach nobody");
        oncall.Subcommands.Add(Now(context));
        oncall.Subcommands.Add(Timeline(context));
        oncall.Subcommands.Add(Check(context));
        root.Subcommands.Add(oncall);
        root.Subcommands.Add(OnCallNotificationsCommand.Build(context));
    }

    private static Command Now(CommandContext context)
    {
        var schedule = new Option<string?>("--schedule") { Description = "One schedule (default: every schedule)" };
        var command = new Command("now", "Show who is on call right now and until when") { schedule };
        command.SetAction(async (parse, ct) =>
        {
            await using var local = await OnCallLocal.OpenAsync(context, parse, ct);
            var now = await local.Service.NowAsync(parse.GetValue(schedule), ct);
            var table = new Table().AddColumns("Schedule", "On call", "Layer", "Until");
            foreach (var row in now)
            {
                table.AddRow(DisplayText.Escape(row.Schedule), row.User is null ? "[red]nobody[/]" : DisplayText.Escape(row.User),
                    DisplayText.Escape(row.Source), Show(row.Until));
            }
            context.Terminal.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Timeline(CommandContext context)
    {
        var schedule = new Argument<string>("schedule") { Description = "The schedule's name" };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Start (default now), such as 2026-03-01T00:00Z" };
        var days = new Option<int>("--days") { Description = "How many days to show", DefaultValueFactory = _ => 14 };
        var command = new Command("timeline", "Show a schedule's shifts, with gaps, for a range") { schedule, from, days };
        command.SetAction(async (parse, ct) =>
        {
            await using var local = await OnCallLocal.OpenAsync(context, parse, ct);
            var start = parse.GetValue(from) ?? context.Environment.Clock.GetUtcNow();
            var shifts = await local.Service.TimelineAsync(parse.GetRequiredValue(schedule), start, start.AddDays(parse.GetValue(days)), ct);
            var table = new Table().AddColumns("From", "To", "On call", "Layer");
            foreach (var shift in shifts)
            {
                table.AddRow(Show(shift.Start), Show(shift.End), shift.User is null ? "[red]nobody[/]" : DisplayText.Escape(shift.User), DisplayText.Escape(shift.Source));
            }
            context.Terminal.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(CommandContext context)
    {
        var days = new Option<int>("--days") { Description = "How many days ahead to check", DefaultValueFactory = _ => 14 };
        var command = new Command("check", "Report configuration errors, schedule gaps, unreachable users and escalation paths that end in nobody; exits 1 when any") { days };
        command.SetAction(async (parse, ct) =>
        {
            await using var local = await OnCallLocal.OpenAsync(context, parse, ct);
            var warnings = await local.Service.CheckAsync(parse.GetValue(days), ct);
            foreach (var warning in warnings)
            {
                context.Terminal.MarkupLine($"[yellow]warning[/] {DisplayText.Escape(warning.Subject)}: {DisplayText.Escape(warning.Message)}");
            }
            if (warnings.Count == 0)
            {
                context.Terminal.MarkupLine("[green]On-call check passed:[/] every escalation reaches someone.");
            }
            return warnings.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    internal static string Show(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
