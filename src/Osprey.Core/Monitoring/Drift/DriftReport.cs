using System.Globalization;
using Osprey.Core.Monitoring.Reports;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>Renders a <see cref="DriftResult"/> as a self-contained HTML page: summary cards, the drift table (id <c>drift-table</c>) and one chart per column from binned shares.</summary>
public static class DriftReport
{
    /// <summary>The most bars a categorical chart shows (the labels with the largest shares on either side).</summary>
    public const int MaxBars = 20;

    /// <summary>Returns the report page.</summary>
    public static HtmlReport Build(DriftResult result, string? subtitle = null)
    {
        var report = new HtmlReport("Data drift report", subtitle ?? $"Reference: {result.Reference} ({result.ReferenceRows:N0} rows) — current: {result.Current} ({result.CurrentRows:N0} rows)");
        report.Summary(
            new SummaryCard("Dataset drift", result.DatasetDrift ? "Detected" : "Not detected", result.DatasetDrift ? Tone.Bad : Tone.Good,
                $"drift when the share is ≥ {Number(result.DriftShareThreshold)}"),
            new SummaryCard("Drifted columns", $"{result.DriftedColumns} of {result.TestedColumns}", result.DriftedColumns > 0 ? Tone.Warning : Tone.Neutral),
            new SummaryCard("Share of drifted columns", result.DriftShare.ToString("P1", CultureInfo.InvariantCulture)),
            new SummaryCard("Rows", $"{result.ReferenceRows:N0} / {result.CurrentRows:N0}", Note: "reference / current"));
        report.Heading("Drift by column", "drift");
        var table = new ReportTable("drift-table", "Column", "Role", "Type", "Test", "Statistic", "Threshold", "Verdict", "Missing (ref / cur)");
        foreach (var column in result.Columns.OrderByDescending(c => c.Drifted).ThenBy(c => c.Column, StringComparer.Ordinal))
        {
            table.AddRow(column.Column, column.Role, column.Type == ColumnType.Numerical ? "numerical" : "categorical", TestLabel(column.Test),
                column.Tested ? Number(column.Statistic) : "—", Number(column.Threshold),
                new TableCell(Verdict(column), column.Drifted ? Tone.Bad : column.Tested ? Tone.Good : Tone.Warning),
                $"{column.ReferenceMissing:N0} / {column.CurrentMissing:N0}");
        }
        report.Table(table);
        report.Heading("Distributions", "distributions");
        foreach (var column in result.Columns.Where(c => c.Distribution is not null))
        {
            report.Charts(Chart(column));
        }
        return report;
    }

    /// <summary>Returns the test's label with its decision rule, such as "ks (p-value)".</summary>
    public static string TestLabel(DriftTest test) => $"{DriftTests.Name(test)} ({(DriftTests.IsHypothesisTest(test) ? "p-value" : "distance")})";

    /// <summary>Returns "Drift", "No drift" or "Not tested: …".</summary>
    public static string Verdict(ColumnDrift column) => !column.Tested
        ? (column.ReferenceCount == 0 ? "Not tested: no reference values" : "Not tested: no current values")
        : column.Drifted ? "Drift" : "No drift";

    private static SvgChart Chart(ColumnDrift column)
    {
        var distribution = column.Distribution!;
        var caption = $"{column.Column}: {Verdict(column).ToLowerInvariant()} ({TestLabel(column.Test)} = {Number(column.Statistic)})";
        if (distribution.Edges is { } edges)
        {
            return SvgHistogram.Render(caption, edges, [new ChartSeries("reference", distribution.Reference), new ChartSeries("current", distribution.Current)]);
        }
        var top = Enumerable.Range(0, distribution.Labels!.Length)
            .OrderByDescending(i => Math.Max(distribution.Reference[i], distribution.Current[i])).Take(MaxBars).Order().ToList();
        return SvgBarChart.Render(caption, top.Select(i => distribution.Labels[i]).ToList(),
            [new ChartSeries("reference", top.Select(i => distribution.Reference[i]).ToList()), new ChartSeries("current", top.Select(i => distribution.Current[i]).ToList())]);
    }

    private static string Number(double value) => double.IsNaN(value) ? "—" : value.ToString(Math.Abs(value) < 1e-4 && value != 0 ? "0.###E+0" : "0.####", CultureInfo.InvariantCulture);
}
