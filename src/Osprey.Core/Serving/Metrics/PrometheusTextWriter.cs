using System.Globalization;

namespace Osprey.Core.Serving.Metrics;

/// <summary>Writes Prometheus's text exposition format (version 0.0.4): <c># HELP</c> and <c># TYPE</c> lines, then one sample per line.</summary>
public sealed class PrometheusTextWriter(TextWriter output)
{
    /// <summary>The content type of the format, for the <c>Content-Type</c> header.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>Starts a metric family: its help text and type (<c>counter</c>, <c>gauge</c>, <c>histogram</c>, <c>untyped</c>).</summary>
    public void Family(string name, string help, string type)
    {
        output.Write("# HELP ");
        output.Write(name);
        output.Write(' ');
        foreach (var c in help)
        {
            if (c == '\\')
            {
                output.Write(@"\\");
            }
            else if (c == '\n')
            {
                output.Write(@"\n");
            }
            else
            {
                output.Write(c);
            }
        }
        output.Write('\n');
        output.Write("# TYPE ");
        output.Write(name);
        output.Write(' ');
        output.Write(type);
        output.Write('\n');
    }

    /// <summary>Writes one sample: <c>name_suffix{labels,extra="value"} value</c>; <paramref name="extraName"/> adds one more label (a histogram's <c>le</c>).</summary>
    public void Sample(string name, string suffix, IReadOnlyList<string> labelNames, IReadOnlyList<string> labelValues, double value,
        string? extraName = null, string? extraValue = null)
    {
        output.Write(name);
        output.Write(suffix);
        if (labelNames.Count > 0 || extraName is not null)
        {
            output.Write('{');
            for (var i = 0; i < labelNames.Count; i++)
            {
                Label(i > 0, labelNames[i], labelValues[i]);
            }
            if (extraName is not null)
            {
                Label(labelNames.Count > 0, extraName, extraValue ?? "");
            }
            output.Write('}');
        }
        output.Write(' ');
        output.Write(Format(value));
        output.Write('\n');
    }

    /// <summary>Formats a sample value or bound as Prometheus reads it: <c>+Inf</c>, <c>-Inf</c>, <c>NaN</c> or the shortest round-trip number.</summary>
    public static string Format(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private void Label(bool comma, string name, string value)
    {
        if (comma)
        {
            output.Write(',');
        }
        output.Write(name);
        output.Write("=\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    output.Write(@"\\");
                    break;
                case '"':
                    output.Write("\\\"");
                    break;
                case '\n':
                    output.Write(@"\n");
                    break;
                default:
                    output.Write(c);
                    break;
            }
        }
        output.Write('"');
    }
}
