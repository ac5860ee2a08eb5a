using System.Text;

namespace Osprey.Core.Serving.Metrics;

/// <summary>The metrics of one process, written in registration order in Prometheus's text format.</summary>
public sealed class MetricRegistry
{
    private readonly List<MetricFamily> _families = [];
    private readonly Lock _gate = new();

    /// <summary>Registers a counter family; names ending in <c>_total</c> are what Prometheus expects of counters.</summary>
    public LabelledFamily<Counter> Counter(string name, string help, params string[] labelNames) =>
        Add(new LabelledFamily<Counter>(Checked(name, labelNames), help, "counter", labelNames, () => new Counter()));

    /// <summary>Registers a gauge family.</summary>
    public LabelledFamily<Gauge> Gauge(string name, string help, params string[] labelNames) =>
        Add(new LabelledFamily<Gauge>(Checked(name, labelNames), help, "gauge", labelNames, () => new Gauge()));

    /// <summary>Registers a histogram family with ascending bucket upper bounds (<c>+Inf</c> is implied).</summary>
    public LabelledFamily<Histogram> Histogram(string name, string help, double[] bounds, params string[] labelNames)
    {
        for (var i = 1; i < bounds.Length; i++)
        {
            if (!(bounds[i] > bounds[i - 1]))
            {
                throw new ArgumentException($"The buckets of '{name}' must ascend strictly.", nameof(bounds));
            }
        }
        return Add(new LabelledFamily<Histogram>(Checked(name, labelNames), help, "histogram", labelNames, () => new Histogram(bounds)));
    }

    /// <summary>Registers a family whose samples a callback supplies at scrape time.</summary>
    public CallbackFamily Callback(string name, string help, string type, string[] labelNames, Func<IEnumerable<(string[] Labels, double Value)>> collect) =>
        Add(new CallbackFamily(Checked(name, labelNames), help, type, labelNames, collect));

    /// <summary>Writes every family in the text exposition format.</summary>
    public void WriteTo(TextWriter output)
    {
        MetricFamily[] families;
        lock (_gate)
        {
            families = [.. _families];
        }
        var writer = new PrometheusTextWriter(output);
        foreach (var family in families)
        {
            family.Write(writer);
        }
    }

    /// <summary>Returns every family in the text exposition format.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        using (var output = new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture))
        {
            WriteTo(output);
        }
        return text.ToString();
    }

    private T Add<T>(T family)
        where T : MetricFamily
    {
        lock (_gate)
        {
            if (_families.Any(f => f.Name == family.Name))
            {
                throw new ArgumentException($"A metric named '{family.Name}' is already registered.", nameof(family));
            }
            _families.Add(family);
        }
        return family;
    }

    private static string Checked(string name, string[] labelNames)
    {
        if (!IsName(name, allowColon: true))
        {
            throw new ArgumentException($"'{name}' is not a valid metric name ([a-zA-Z_:][a-zA-Z0-9_:]*).", nameof(name));
        }
        foreach (var label in labelNames)
        {
            if (!IsName(label, allowColon: false) || label.StartsWith("__", StringComparison.Ordinal) || label == "le")
            {
                throw new ArgumentException($"'{label}' is not a valid label name for '{name}'.", nameof(labelNames));
            }
        }
        return name;
    }

    private static bool IsName(string text, bool allowColon)
    {
        if (text.Length == 0 || char.IsAsciiDigit(text[0]))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && !(allowColon && c == ':'))
            {
                return false;
            }
        }
        return true;
    }
}
