using System.Globalization;
using System.Text;

namespace Osprey.Core.Monitoring.Reports;

/// <summary>Draws time series as lines over a shared time axis, with an optional dashed threshold line.</summary>
public static class SvgLineChart
{
    /// <summary>Renders the chart; times are Unix milliseconds, labelled as UTC dates (or times within one day).</summary>
    public static SvgChart Render(string caption, IReadOnlyList<TimeSeries> series, double? threshold = null)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        var values = points.Select(p => p.Value).Where(double.IsFinite).Append(threshold ?? double.NaN).Where(double.IsFinite).ToList();
        var yMin = Math.Min(0, values.DefaultIfEmpty(0).Min());
        var frame = new SvgFrame(caption, yMin, values.DefaultIfEmpty(1).Max() * 1.05);
        var tMin = points.Count == 0 ? 0 : points.Min(p => p.Timestamp);
        var tMax = points.Count == 0 ? 1 : Math.Max(points.Max(p => p.Timestamp), tMin + 1);
        double X(long t) => SvgFrame.Left + SvgFrame.PlotWidth * (t - tMin) / (tMax - tMin);
        for (var s = 0; s < series.Count; s++)
        {
            var path = new StringBuilder();
            foreach (var point in series[s].Points.Where(p => double.IsFinite(p.Value)))
            {
                path.Append(path.Length == 0 ? 'M' : 'L').Append(SvgFrame.Invariant($"{X(point.Timestamp):0.##},{frame.Y(point.Value):0.##} "));
            }
            frame.Add(SvgFrame.Invariant($"<path d=\"{path.ToString().TrimEnd()}\" fill=\"none\" stroke=\"{ChartPalette.Colour(s)}\" stroke-width=\"1.8\"/>"));
        }
        if (threshold is { } limit && double.IsFinite(limit))
        {
            var y = frame.Y(limit);
            frame.Add(SvgFrame.Invariant($"<line x1=\"{SvgFrame.Left}\" y1=\"{y:0.##}\" x2=\"{SvgFrame.Width - SvgFrame.Right}\" y2=\"{y:0.##}\" stroke=\"#e45756\" stroke-dasharray=\"5,4\"/>"));
        }
        var sameDay = tMax - tMin < 86_400_000;
        for (var t = 0; t <= 4; t++)
        {
            var time = tMin + (tMax - tMin) * t / 4;
            var text = DateTimeOffset.FromUnixTimeMilliseconds(time).ToString(sameDay ? "HH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
            frame.XLabel(X(time), text);
        }
        frame.Legend(series.Select(s => s.Name).ToList());
        return frame.Finish(caption);
    }
}
