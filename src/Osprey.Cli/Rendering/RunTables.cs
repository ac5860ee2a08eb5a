using Osprey.Core.Artifacts;
using Osprey.Core.Tracking;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Osprey.Cli.Rendering;

/// <summary>Renders runs: a list with key metrics, and one run in detail.</summary>
internal static class RunTables
{
    private const int KeyMetricCount = 4;

    /// <summary>Renders runs as a table: id, name, status, start, duration and the metrics most of them share.</summary>
    public static Table List(IReadOnlyList<Run> runs, TimeProvider clock, bool showExperiment)
    {
        var keyMetrics = runs.SelectMany(r => r.Metrics.Select(m => m.Key))
            .GroupBy(k => k, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(KeyMetricCount).Select(g => g.Key).ToList();
        var table = new Table().AddColumns("Run ID", "Name");
        if (showExperiment)
        {
            table.AddColumn("Exp.");
        }
        table.AddColumns("Status", "Start", "Duration");
        foreach (var key in keyMetrics)
        {
            table.AddColumn(new TableColumn(DisplayText.Escape(key)).RightAligned());
        }
        foreach (var run in runs)
        {
            var cells = new List<string> { DisplayText.Escape(run.Info.RunId.Value), DisplayText.Escape(run.Info.RunName) };
            if (showExperiment)
            {
                cells.Add(run.Info.ExperimentId.ToString());
            }
            cells.Add(DisplayText.Markup(run.Info.Status));
            cells.Add(DisplayText.Time(run.Info.StartTime));
            cells.Add(DisplayText.Duration(run.Info.StartTime, run.Info.EndTime, clock));
            cells.AddRange(keyMetrics.Select(key => MetricText(run, key)));
            table.AddRow(cells.ToArray());
        }
        return table;
    }

    /// <summary>Renders one run: its attributes, then params, latest metrics, tags, data set inputs and top-level artifacts.</summary>
    public static IRenderable Detail(Run run, IReadOnlyList<ArtifactEntry> artifacts, TimeProvider clock)
    {
        var info = run.Info;
        var attributes = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        AddPair(attributes, "Run ID", DisplayText.Escape(info.RunId.Value));
        AddPair(attributes, "Name", DisplayText.Escape(info.RunName));
        AddPair(attributes, "Experiment", info.ExperimentId.ToString());
        AddPair(attributes, "Status", DisplayText.Markup(info.Status));
        AddPair(attributes, "User", DisplayText.Escape(info.UserId));
        AddPair(attributes, "Start", DisplayText.Time(info.StartTime));
        AddPair(attributes, "End", info.EndTime is { } end ? DisplayText.Time(end) : DisplayText.Missing);
        AddPair(attributes, "Duration", DisplayText.Duration(info.StartTime, info.EndTime, clock));
        AddPair(attributes, "Artifacts", DisplayText.Escape(info.ArtifactUri));
        AddPair(attributes, "Lifecycle", info.LifecycleStage == LifecycleStage.Active ? "active" : "[grey]deleted[/]");
        var parts = new List<IRenderable> { attributes };
        AddSection(parts, "Params", ["Key", "Value"], run.Params.Select(p => new[] { p.Key, p.Value }));
        AddSection(parts, "Metrics (latest)", ["Key", "Value", "Step", "Time"], run.Metrics.Select(m =>
            new[] { m.Key, DisplayText.Number(m.Value), m.Step.ToString(System.Globalization.CultureInfo.InvariantCulture), DisplayText.Time(m.Timestamp) }));
        AddSection(parts, "Tags", ["Key", "Value"], run.Tags.Select(t => new[] { t.Key, t.Value }));
        AddSection(parts, "Inputs", ["Data set", "Digest", "Source", "Context"], run.Inputs.Select(i => new[]
        {
            i.Dataset.Name, i.Dataset.Digest, i.Dataset.Source,
            i.Tags.FirstOrDefault(t => t.Key == "mlflow.data.context")?.Value ?? "",
        }));
        AddSection(parts, "Artifacts", ["Path", "Size"], artifacts.Select(a => new[]
        {
            a.IsDirectory ? a.Path + "/" : a.Path, a.Size?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        }));
        return new Rows(parts);
    }

    private static void AddPair(Grid grid, string label, string markup) =>
        grid.AddRow(new Markup($"[grey]{label}[/]"), new Markup(markup));

    private static void AddSection(List<IRenderable> parts, string title, string[] columns, IEnumerable<string[]> rows)
    {
        var table = new Table().Title($"[bold]{title}[/]").AddColumns(columns);
        foreach (var row in rows)
        {
            table.AddRow(row.Select(DisplayText.Escape).ToArray());
        }
        if (table.Rows.Count > 0)
        {
            parts.Add(table);
        }
    }

    private static string MetricText(Run run, string key)
    {
        foreach (var metric in run.Metrics)
        {
            if (metric.Key == key)
            {
                return DisplayText.Number(metric.Value);
            }
        }
        return DisplayText.Missing;
    }
}
