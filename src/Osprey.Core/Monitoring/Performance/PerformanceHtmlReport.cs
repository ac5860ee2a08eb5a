using System.Globalization;
using Osprey.Core.Monitoring.Reports;

namespace Osprey.Core.Monitoring.Performance;

/// <summary>Renders a performance report as one self-contained HTML page: the verdict and counts, a table per version comparing live metrics with
/// training, the thresholds' results, a line chart per headline metric across buckets, and each version's predicted class shares.</summary>
public static class PerformanceHtmlReport
{
    /// <summary>Builds the page (render it with <see cref="HtmlReport.Render"/> or write it with <see cref="HtmlReport.WriteAsync"/>).</summary>
    public static HtmlReport Build(PerformanceReport report)
    {
        var page = new HtmlReport($"Performance of {report.Model}",
            $"{Time(report.From)} to {Time(report.To)} UTC in buckets of {TimeSpan.FromMilliseconds(report.BucketMs):g}; {report.Kind}"
            + (report.PositiveClass is { } positive ? $", positive class {positive}" : ""));
        var labelled = report.Versions.Sum(v => v.Labelled);
        var unlabelled = report.Versions.Sum(v => v.Unlabelled);
        page.Summary(
            new SummaryCard("Verdict", report.Verdict.ToString(), ToneOf(report.Verdict)),
            new SummaryCard("Versions", report.Versions.Count.ToString(CultureInfo.InvariantCulture)),
            new SummaryCard("Labelled predictions", labelled.ToString(CultureInfo.InvariantCulture), Note: $"at least {report.MinLabelled} per version to judge"),
            new SummaryCard("Awaiting ground truth", unlabelled.ToString(CultureInfo.InvariantCulture), unlabelled > labelled ? Tone.Warning : Tone.Neutral,
                "left out of every metric"));
        if (report.Versions.Count == 0)
        {
            return page.Paragraph("No predictions of this model were logged in the window.");
        }
        page.Heading("Versions", "versions").Table(VersionTable(report));
        if (report.Thresholds.Count > 0)
        {
            page.Heading("Thresholds", "thresholds").Table(CheckTable(report));
        }
        page.Heading("Over time", "over-time").Charts([.. Headline(report.Kind).Select(metric => MetricChart(report, metric))]);
        if (report.Kind != PerformanceKind.Regression)
        {
            page.Heading("Predicted classes", "distribution").Charts(DistributionChart(report));
        }
        return page;
    }

    private static ReportTable VersionTable(PerformanceReport report)
    {
        var metrics = PerformanceMetrics.Known.Where(m => report.Versions.Any(v => v.Metrics.ContainsKey(m))).ToList();
        var table = new ReportTable("version-metrics", ["Version", "Verdict", "Labelled", "Awaiting", .. metrics.Select(m => $"{m} (training)")]);
        foreach (var version in report.Versions)
        {
            table.AddRow([
                new TableCell($"v{version.Version}"), new TableCell(version.Verdict.ToString(), ToneOf(version.Verdict)),
                version.Labelled.ToString(CultureInfo.InvariantCulture), version.Unlabelled.ToString(CultureInfo.InvariantCulture),
                .. metrics.Select(m => new TableCell(Compared(version, m), Breached(version, m) ? Tone.Bad : Tone.Neutral)),
            ]);
        }
        return table;
    }

    private static ReportTable CheckTable(PerformanceReport report)
    {
        var table = new ReportTable("threshold-checks", "Version", "Condition", "Value", "Result");
        foreach (var version in report.Versions)
        {
            foreach (var check in version.Checks)
            {
                table.AddRow($"v{version.Version}", check.Condition, Number(check.Value),
                    new TableCell(check.Breached ? "breached" : double.IsNaN(check.Value) ? "not computed" : "ok", check.Breached ? Tone.Bad : Tone.Good));
            }
        }
        return table;
    }

    private static SvgChart MetricChart(PerformanceReport report, string metric)
    {
        var series = report.Versions.Select(v => new TimeSeries($"v{v.Version}",
            [.. v.Windows.Where(w => w.Metrics.ContainsKey(metric)).Select(w => new TimePoint(w.Start, w.Metrics[metric]))])).ToList();
        var threshold = report.Versions.SelectMany(v => v.Checks).FirstOrDefault(c => c.Metric == metric);
        var limit = threshold is null ? (double?)null : PerformanceThreshold.Parse(threshold.Condition).Value;
        return SvgLineChart.Render($"{metric} per bucket", series, limit);
    }

    private static SvgChart DistributionChart(PerformanceReport report)
    {
        var classes = report.Versions.SelectMany(v => v.Windows).SelectMany(w => w.PredictionShares.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var series = report.Versions.Select(v => new ChartSeries($"v{v.Version}", [.. classes.Select(c => Share(v, c))])).ToList();
        return SvgBarChart.Render("share of predictions per class", classes, series);
    }

    private static double Share(VersionPerformance version, string predictedClass)
    {
        var total = version.Windows.Sum(w => w.Predictions);
        return total == 0 ? 0 : version.Windows.Sum(w => w.PredictionShares.GetValueOrDefault(predictedClass) * w.Predictions) / total;
    }

    private static IEnumerable<string> Headline(PerformanceKind kind) => kind == PerformanceKind.Regression ? ["rmse", "r2"] : ["f1", "roc_auc"];

    private static string Compared(VersionPerformance version, string metric)
    {
        var live = version.Metrics.TryGetValue(metric, out var value) ? Number(value) : "-";
        return version.Training.TryGetValue(metric, out var training) ? $"{live} ({Number(training)})" : live;
    }

    private static bool Breached(VersionPerformance version, string metric) => version.Checks.Any(c => c.Metric == metric && c.Breached);

    private static Tone ToneOf(PerformanceVerdict verdict) => verdict switch
    {
        PerformanceVerdict.Healthy => Tone.Good,
        PerformanceVerdict.Degraded => Tone.Bad,
        _ => Tone.Warning,
    };

    private static string Number(double value) => double.IsNaN(value) ? "-" : value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Time(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
