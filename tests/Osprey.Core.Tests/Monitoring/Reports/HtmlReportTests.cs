using Osprey.Core.Monitoring.Reports;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Reports;

public sealed class HtmlReportTests
{
    [Fact]
    public void Render_TextWithMarkup_IsEscapedEverywhere()
    {
        var table = new ReportTable("t", "column", "value").AddRow("<b>x</b>", new TableCell("1 & 2", Tone.Bad));
        var html = new HtmlReport("Report <one>", "sub \"title\"")
            .Summary(new SummaryCard("Drift <share>", "50%", Tone.Bad, "note & more"))
            .Heading("Section <2>", "s2").Paragraph("a < b").Table(table).Render();

        Assert.DoesNotContain("<b>x</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"bad\">1 &amp; 2</td>", html, StringComparison.Ordinal);
        Assert.Contains("Drift &lt;share&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnyPage_HasNoScriptAndNoExternalReference()
    {
        var html = new HtmlReport("r").Charts(
            SvgHistogram.Render("h", [0, 1, 2], [new ChartSeries("reference", [0.5, 0.5]), new ChartSeries("current", [0.2, 0.8])]),
            SvgBarChart.Render("b", ["a", "b"], [new ChartSeries("reference", [3, 4])]),
            SvgLineChart.Render("l", [new TimeSeries("s", [new TimePoint(0, 1), new TimePoint(3_600_000, 2)])], threshold: 1.5)).Render();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://www.w3.org/1999", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<svg ").Length - 1);
    }

    [Fact]
    public void AddRow_WrongCellCount_Throws()
    {
        var table = new ReportTable("t", "a", "b");

        Assert.Throws<ArgumentException>(() => table.AddRow("only one"));
    }

    [Fact]
    public void Histogram_SeriesOfWrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => SvgHistogram.Render("h", [0, 1, 2], [new ChartSeries("r", [1])]));
    }

    [Fact]
    public void Histogram_TwoSeries_DrawsOneBarPerBinAndSeries()
    {
        var chart = SvgHistogram.Render("h", [0, 1, 2, 3], [new ChartSeries("r", [1, 2, 3]), new ChartSeries("c", [3, 2, 1])]);

        // 6 bars plus 2 legend swatches.
        Assert.Equal(8, chart.Markup.Split("<rect ").Length - 1);
    }
}
