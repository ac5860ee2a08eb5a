namespace Osprey.Core.Monitoring.Reports;

/// <summary>Draws binned distributions over shared bin edges as overlaid, semi-transparent bars (reference first, current second).</summary>
public static class SvgHistogram
{
    /// <summary>Renders a histogram; each series holds one share (or count) per bin, so <paramref name="edges"/> has one more entry than each series.</summary>
    /// <exception cref="ArgumentException">A series does not have one value per bin.</exception>
    public static SvgChart Render(string caption, IReadOnlyList<double> edges, IReadOnlyList<ChartSeries> series)
    {
        var bins = Math.Max(edges.Count - 1, 0);
        if (series.Any(s => s.Values.Count != bins))
        {
            throw new ArgumentException($"histogram '{caption}' has {bins} bins but a series has another number of values", nameof(series));
        }
        var max = series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var frame = new SvgFrame(caption, 0, max * 1.05);
        var width = bins == 0 ? 0 : SvgFrame.PlotWidth / bins;
        for (var s = 0; s < series.Count; s++)
        {
            for (var b = 0; b < bins; b++)
            {
                var x = SvgFrame.Left + b * width;
                var y = frame.Y(series[s].Values[b]);
                frame.Add(SvgFrame.Invariant(
                    $"<rect x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{Math.Max(width - 1, 0.5):0.##}\" height=\"{SvgFrame.Top + SvgFrame.PlotHeight - y:0.##}\" fill=\"{ChartPalette.Colour(s)}\" fill-opacity=\"0.55\"/>"));
            }
        }
        var step = Math.Max(1, bins / 6);
        for (var e = 0; e <= bins; e += step)
        {
            frame.XLabel(SvgFrame.Left + e * width, SvgFrame.Number(edges[e]));
        }
        frame.Legend(series.Select(s => s.Name).ToList());
        return frame.Finish(caption);
    }
}
