using Osprey.Cli.Rendering;
using Osprey.Core.Monitoring.Series;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>The table of <c>osprey metrics show</c>: one row per series with its range of values, latest sample and sparkline.</summary>
internal static class MetricsTable
{
    /// <summary>Builds the table for series groups (each non-empty, in time order).</summary>
    public static Table Build(IReadOnlyList<SeriesGroup> groups)
    {
        var table = new Table().AddColumns("Labels", "Samples", "Min", "Max", "Last", "Last at", "Trend");
        foreach (var group in groups)
        {
            var values = group.Points.Select(p => p.Value).ToList();
            var finite = values.Where(double.IsFinite).ToList();
            var last = group.Points[^1];
            table.AddRow(
                DisplayText.Escape(LabelText(group.Labels)),
                group.Points.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                finite.Count == 0 ? DisplayText.Missing : DisplayText.Number(finite.Min()),
                finite.Count == 0 ? DisplayText.Missing : DisplayText.Number(finite.Max()),
                DisplayText.Number(last.Value),
                DisplayText.Time(last.Timestamp),
                Markup.Escape(MetricsSparkline.Draw(values)));
        }
        return table;
    }

    /// <summary>Writes labels as <c>k=v, k2=v2</c> in key order, or "(none)".</summary>
    public static string LabelText(IReadOnlyDictionary<string, string> labels) =>
        labels.Count == 0 ? "(none)" : string.Join(", ", labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));
}
