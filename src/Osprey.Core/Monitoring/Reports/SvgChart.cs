namespace Osprey.Core.Monitoring.Reports;

/// <summary>A finished inline SVG chart with its caption, ready for <see cref="HtmlReport.Charts"/>.</summary>
public sealed record SvgChart(string Caption, string Markup);
