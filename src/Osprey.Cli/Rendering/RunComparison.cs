using Osprey.Core.Tracking;
using Spectre.Console;

namespace Osprey.Cli.Rendering;

/// <summary>Several runs' params and latest metrics aligned by key, with each row knowing whether its values differ.</summary>
internal sealed record RunComparison(IReadOnlyList<Run> Runs, IReadOnlyList<RunComparison.Row> Params, IReadOnlyList<RunComparison.Row> Metrics)
{
    /// <summary>One key's values across the runs, in run order (null where a run lacks the key).</summary>
    public sealed record Row(string Key, IReadOnlyList<string?> Values)
    {
        /// <summary>Gets whether the runs disagree, a missing value counting as different.</summary>
        public bool Differs => Values.Distinct(StringComparer.Ordinal).Skip(1).Any();
    }

    /// <summary>Aligns the runs' params and metrics by key, keys in ordinal order.</summary>
    public static RunComparison Of(IReadOnlyList<Run> runs)
    {
        var paramRows = runs.SelectMany(r => r.Params.Select(p => p.Key)).Distinct().Order(StringComparer.Ordinal)
            .Select(key => new Row(key, runs.Select(r => r.Params.FirstOrDefault(p => p.Key == key)?.Value).ToList()))
            .ToList();
        var metricRows = runs.SelectMany(r => r.Metrics.Select(m => m.Key)).Distinct().Order(StringComparer.Ordinal)
            .Select(key => new Row(key, runs.Select(r => MetricValue(r, key)).ToList()))
            .ToList();
        return new RunComparison(runs, paramRows, metricRows);
    }

    /// <summary>Renders the comparison: one column per run, differing rows in yellow and marked with <c>*</c>.</summary>
    public Table ToTable(TimeProvider clock, bool onlyDifferences)
    {
        var table = new Table().AddColumn("");
        foreach (var run in Runs)
        {
            table.AddColumn($"[bold]{DisplayText.Escape(run.Info.RunName)}[/]\n[grey]{DisplayText.Escape(run.Info.RunId.Value)}[/]");
        }
        table.AddRow([new Markup("[grey]status[/]"), .. Runs.Select(r => new Markup(DisplayText.Markup(r.Info.Status)))]);
        table.AddRow([new Markup("[grey]duration[/]"), .. Runs.Select(r => new Markup(DisplayText.Duration(r.Info.StartTime, r.Info.EndTime, clock)))]);
        AddSection(table, "params", Params, onlyDifferences);
        AddSection(table, "metrics", Metrics, onlyDifferences);
        return table;
    }

    private void AddSection(Table table, string title, IReadOnlyList<Row> rows, bool onlyDifferences)
    {
        var shown = rows.Where(r => !onlyDifferences || r.Differs).ToList();
        if (shown.Count == 0)
        {
            return;
        }
        table.AddEmptyRow();
        table.AddRow([new Markup($"[bold underline]{title}[/]"), .. Runs.Select(_ => new Markup(""))]);
        foreach (var row in shown)
        {
            // The '*' marks differences where colour is lost (pipes, logs, screen readers).
            var style = row.Differs ? "yellow" : "default";
            var marker = row.Differs ? "* " : "  ";
            table.AddRow([
                new Markup($"[{style}]{marker}{DisplayText.Escape(row.Key)}[/]"),
                .. row.Values.Select(v => new Markup($"[{style}]{DisplayText.Escape(v)}[/]")),
            ]);
        }
    }

    private static string? MetricValue(Run run, string key)
    {
        foreach (var metric in run.Metrics)
        {
            if (metric.Key == key)
            {
                return DisplayText.Number(metric.Value);
            }
        }
        return null;
    }
}
