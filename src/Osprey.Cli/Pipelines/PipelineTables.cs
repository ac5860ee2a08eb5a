using Osprey.Cli.Rendering;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Spectre.Console;
using Spectre.Console.Rendering;
using static Osprey.Cli.Pipelines.PipelineText;

namespace Osprey.Cli.Pipelines;

/// <summary>Renders pipelines and runs as tables.</summary>
internal static class PipelineTables
{
    public static Table Pipelines(IReadOnlyList<PipelineSummary> pipelines, TimeProvider clock)
    {
        var table = new Table().AddColumns("Pipeline", "Schedule", "Paused", "Tasks", "Last run", "Next run", "From");
        foreach (var p in pipelines)
        {
            var last = p.LastRun is { } run ? $"{Status(run.Status)} {Time(run.CreatedAt)}" : DisplayText.Missing;
            var name = p.Errors.Count > 0 ? $"[red]{Markup.Escape(p.Name)} (invalid)[/]" : Markup.Escape(p.Name);
            table.AddRow(name, Markup.Escape(p.Schedule ?? "manual"), p.Paused ? "[yellow]yes[/]" : "no", p.Tasks.ToString(System.Globalization.CultureInfo.InvariantCulture),
                last, Time(p.NextRunAt), Markup.Escape(Origin(p)));
        }
        return table;
    }

    public static IRenderable Detail(PipelineDetail detail, TimeProvider clock)
    {
        var p = detail.Summary;
        var rows = new Rows(
            new Markup($"[bold]{Markup.Escape(p.Name)}[/]{(p.Description is null ? "" : $"  {Markup.Escape(p.Description)}")}"),
            new Markup($"schedule {Markup.Escape(p.Schedule ?? "none (manual)")} ({Markup.Escape(p.TimeZone)}){(p.Paused ? ", [yellow]paused[/]" : "")}, from {Markup.Escape(Origin(p))}"),
            p.Errors.Count > 0 ? new Markup($"[red]{Markup.Escape(string.Join(Environment.NewLine, p.Errors))}[/]") : Text.Empty,
            TaskTable(detail.Tasks),
            detail.RecentRuns.Count > 0 ? Runs(detail.RecentRuns, clock) : new Markup("[grey]No runs yet.[/]"));
        return rows;
    }

    public static Table Runs(IReadOnlyList<PipelineRunSummary> runs, TimeProvider clock)
    {
        var table = new Table().AddColumns("Run ID", "Pipeline", "Kind", "Logical date", "Status", "Started", "Duration");
        foreach (var r in runs)
        {
            table.AddRow(Markup.Escape(r.Id.Value), Markup.Escape(r.Pipeline), r.Kind.Name(), Time(r.LogicalDate), Status(r.Status), Time(r.StartedAt),
                Duration(r.StartedAt, r.EndedAt, clock));
        }
        return table;
    }

    public static IRenderable Run(PipelineRunRecord run, TimeProvider clock) => new Rows(
        new Markup($"run [bold]{Markup.Escape(run.Id.Value)}[/] of [bold]{Markup.Escape(run.Pipeline)}[/] ({run.Kind.Name()}): {Status(run.Status)}"
            + $"{(run.StatusReason is null ? "" : $" — {Markup.Escape(run.StatusReason)}")}"),
        new Markup($"[grey]logical date {Time(run.Interval.Start)}, started {Time(run.StartedAt)}, {Duration(run.StartedAt, run.EndedAt, clock)}[/]"),
        Tasks(run, clock));

    public static Table Tasks(PipelineRunRecord run, TimeProvider clock)
    {
        var table = new Table().AddColumns("Task", "State", "Try", "Duration", "Outputs / message");
        foreach (var t in run.Tasks)
        {
            var note = t.State == TaskState.Success ? Outputs(t.Outputs) : Markup.Escape(Clip(t.Message ?? ""));
            table.AddRow(Markup.Escape(t.TaskId), State(t.State), t.TryNumber == 0 ? DisplayText.Missing : $"{t.TryNumber}/{t.MaxTries}",
                Duration(t.StartedAt, t.State.IsFinished() || t.State == TaskState.UpForRetry ? t.EndedAt : null, clock), note);
        }
        return table;
    }

    private static Table TaskTable(IReadOnlyList<PipelineTaskSummary> tasks)
    {
        var table = new Table().AddColumns("Task", "Type", "Depends on", "Trigger rule", "Retries", "Timeout");
        foreach (var t in tasks)
        {
            table.AddRow(Markup.Escape(t.Id), Markup.Escape(t.Type), Markup.Escape(string.Join(", ", t.DependsOn)), t.TriggerRule,
                t.Retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.ExecutionTimeout is { } timeout ? Core.Pipelines.DurationText.Format(timeout) : DisplayText.Missing);
        }
        return table;
    }

    private static string Clip(string text) => text.Length > 80 ? text[..79] + "…" : text;
}
