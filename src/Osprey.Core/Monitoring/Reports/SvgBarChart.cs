namespace Osprey.Core.Monitoring.Reports;

/// <summary>Draws grouped bars, one group per category and one bar per series (reference first, current second).</summary>
public static class SvgBarChart
{
    /// <summary>Renders the chart; each series holds one value per category.</summary>
    /// <exception cref="ArgumentException">A series does not have one value per category.</exception>
    public static SvgChart Render(string caption, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        if (series.Any(s => s.Values.Count != categories.Count))
        {
            throw new ArgumentException($"bar chart '{caption}' has {categories.Count} categories but a series has another number of values", nameof(series));
        }
        var max = series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var frame = new SvgFrame(caption, 0, max * 1.05);
        var group = categories.Count == 0 ? 0 : SvgFrame.PlotWidth / categories.Count;
        var bar = series.Count == 0 ? 0 : group * 0.8 / series.Count;
        for (var c = 0; c < categories.Count; c++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                var x = SvgFrame.Left + c * group + group * 0.1 + s * bar;
                var y = frame.Y(series[s].Values[c]);
                frame.Add(SvgFrame.Invariant(
                    $"<rect x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{Math.Max(bar, 0.5):0.##}\" height=\"{SvgFrame.Top + SvgFrame.PlotHeight - y:0.##}\" fill=\"{ChartPalette.Colour(s)}\"/>"));
            }
            var label = categories[c].Length > 14 ? categories[c][..13] + "…" : categories[c];
            frame.XLabel(SvgFrame.Left + (c + 0.5) * group, label, rotate: categories.Count > 6);
        }
        frame.Legend(series.Select(s => s.Name).ToList());
        return frame.Finish(caption);
    }
}
