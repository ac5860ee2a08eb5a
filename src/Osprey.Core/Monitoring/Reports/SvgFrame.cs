using System.Globalization;
using System.Text;

namespace Osprey.Core.Monitoring.Reports;

/// <summary>The shared geometry of the charts: a fixed-size plot area with a y axis from 0 (or a minimum) to a maximum, ticks and a legend.</summary>
internal sealed class SvgFrame
{
    public const double Width = 520;
    public const double Height = 240;
    public const double Left = 52;
    public const double Right = 12;
    public const double Top = 26;
    public const double Bottom = 44;

    private readonly StringBuilder _svg = new();

    public SvgFrame(string caption, double yMin, double yMax)
    {
        YMin = yMin;
        YMax = yMax > yMin ? yMax : yMin + 1;
        _svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\">"));
        _svg.Append("<title>").Append(HtmlText.Escape(caption)).Append("</title>");
        DrawYAxis();
    }

    public double YMin { get; }

    public double YMax { get; }

    public static double PlotWidth => Width - Left - Right;

    public static double PlotHeight => Height - Top - Bottom;

    public double Y(double value) => Top + PlotHeight * (1 - (Math.Clamp(value, YMin, YMax) - YMin) / (YMax - YMin));

    public SvgFrame Add(string element)
    {
        _svg.Append(element);
        return this;
    }

    public void XLabel(double x, string text, bool rotate = false)
    {
        var y = Height - Bottom + 14;
        var transform = rotate ? Invariant($" transform=\"rotate(-30 {x:0.#} {y:0.#})\" text-anchor=\"end\"") : " text-anchor=\"middle\"";
        _svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"10\"{transform}>")).Append(HtmlText.Escape(text)).Append("</text>");
    }

    public void Legend(IReadOnlyList<string> names)
    {
        var x = Left;
        for (var i = 0; i < names.Count; i++)
        {
            _svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"8\" width=\"10\" height=\"10\" fill=\"{ChartPalette.Colour(i)}\"/>"));
            _svg.Append(Invariant($"<text x=\"{x + 14:0.#}\" y=\"17\" font-size=\"11\">")).Append(HtmlText.Escape(names[i])).Append("</text>");
            x += 24 + 7 * names[i].Length;
        }
    }

    public SvgChart Finish(string caption) => new(caption, _svg.Append("</svg>").ToString());

    public static string Number(double value) => Math.Abs(value) >= 1e5 || (value != 0 && Math.Abs(value) < 1e-3)
        ? value.ToString("0.##E+0", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private void DrawYAxis()
    {
        _svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#888\"/>"));
        _svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#888\"/>"));
        for (var t = 0; t <= 4; t++)
        {
            var value = YMin + (YMax - YMin) * t / 4;
            var y = Y(value);
            _svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"#eee\"/>"));
            _svg.Append(Invariant($"<text x=\"{Left - 4}\" y=\"{y + 3:0.#}\" font-size=\"10\" text-anchor=\"end\">{Number(value)}</text>"));
        }
    }
}
