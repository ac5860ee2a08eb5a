using System.Globalization;
using Osprey.Cli.Rendering;
using Osprey.Core.Monitoring.Performance;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>The terminal summary of <c>osprey monitor performance</c>: one row per version with live metrics (training in brackets), the breached
/// thresholds, the verdict and where the reports went.</summary>
internal static class MonitorPerformanceTable
{
    /// <summary>Writes the summary.</summary>
    public static void Write(Terminal terminal, PerformanceReport report, string? html, string? json)
    {
        var from = DateTimeOffset.FromUnixTimeMilliseconds(report.From).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        terminal.MarkupLine($"Performance of [bold]{DisplayText.Escape(report.Model)}[/] since {from} UTC ({report.Kind}{(report.PositiveClass is { } p ? $", positive class {DisplayText.Escape(p)}" : "")})");
        if (report.Versions.Count == 0)
        {
            terminal.MarkupLine("[grey]No predictions of this model were logged in the window.[/]");
        }
        else
        {
            var metrics = PerformanceMetrics.Known.Where(m => report.Versions.Any(v => v.Metrics.ContainsKey(m))).ToList();
            var table = new Table().AddColumns(["Version", "Verdict", "Labelled", "Awaiting truth", .. metrics, "Trend"]);
            foreach (var version in report.Versions)
            {
                table.AddRow([
                    DisplayText.Version(version.Version), Verdict(version.Verdict),
                    version.Labelled.ToString(CultureInfo.InvariantCulture), version.Unlabelled.ToString(CultureInfo.InvariantCulture),
                    .. metrics.Select(m => Cell(version, m)), Markup.Escape(Trend(report.Kind, version)),
                ]);
            }
            terminal.Write(table);
        }
        foreach (var breach in report.Versions.SelectMany(v => v.Checks.Where(c => c.Breached).Select(c => (v.Version, c))))
        {
            terminal.MarkupLine($"[red]v{breach.Version}: {Markup.Escape(breach.c.Metric)} {breach.c.Value.ToString("0.####", CultureInfo.InvariantCulture)} breaches {Markup.Escape(breach.c.Condition)}[/]");
        }
        terminal.MarkupLine($"Verdict: {Verdict(report.Verdict)}");
        foreach (var file in new[] { html, json }.OfType<string>())
        {
            terminal.MarkupLine($"[grey]Wrote {DisplayText.Escape(Path.GetFullPath(file))}[/]");
        }
    }

    private static string Cell(VersionPerformance version, string metric)
    {
        var live = version.Metrics.TryGetValue(metric, out var value) ? DisplayText.Number(Math.Round(value, 4)) : DisplayText.Missing;
        var text = version.Training.TryGetValue(metric, out var training) ? $"{live} ({DisplayText.Number(Math.Round(training, 4))})" : live;
        return version.Checks.Any(c => c.Metric == metric && c.Breached) ? $"[red]{Markup.Escape(text)}[/]" : Markup.Escape(text);
    }

    private static string Trend(PerformanceKind kind, VersionPerformance version)
    {
        var metric = kind == PerformanceKind.Regression ? "rmse" : "f1";
        return MetricsSparkline.Draw([.. version.Windows.Where(w => w.Labelled > 0).Select(w => w.Metrics.GetValueOrDefault(metric, double.NaN))], 20);
    }

    private static string Verdict(PerformanceVerdict verdict) => verdict switch
    {
        PerformanceVerdict.Healthy => "[green]Healthy[/]",
        PerformanceVerdict.Degraded => "[red]Degraded[/]",
        _ => "[yellow]InsufficientData[/]",
    };
}
