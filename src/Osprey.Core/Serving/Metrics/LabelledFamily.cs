using System.Collections.Concurrent;

namespace Osprey.Core.Serving.Metrics;

/// <summary>A metric family whose series are children of type <typeparamref name="TChild"/>, one per combination of label values.</summary>
/// <remarks>Finding a child builds a key, so hot paths look their children up once and keep them.</remarks>
public sealed class LabelledFamily<TChild> : MetricFamily
    where TChild : class, IMetricChild
{
    private readonly Func<TChild> _create;
    private readonly ConcurrentDictionary<string, (string[] Values, TChild Child)> _children = new(StringComparer.Ordinal);

    internal LabelledFamily(string name, string help, string type, IReadOnlyList<string> labelNames, Func<TChild> create)
        : base(name, help, type, labelNames)
    {
        _create = create;
    }

    /// <summary>Returns the series for these label values (one per label name, in order), creating it at first use.</summary>
    public TChild WithLabels(params string[] values)
    {
        if (values.Length != LabelNames.Count)
        {
            throw new ArgumentException($"The metric '{Name}' has {LabelNames.Count} labels ({string.Join(", ", LabelNames)}) but {values.Length} values were given.", nameof(values));
        }
        return _children.GetOrAdd(Key(values), _ => ((string[])values.Clone(), _create())).Child;
    }

    /// <summary>Removes the series for these label values (a version that is no longer loaded); returns whether it existed.</summary>
    public bool Remove(params string[] values) => _children.TryRemove(Key(values), out _);

    /// <inheritdoc/>
    protected override void WriteSamples(PrometheusTextWriter writer)
    {
        foreach (var (_, (values, child)) in _children.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            child.Write(writer, Name, LabelNames, values);
        }
    }

    private static string Key(string[] values) => string.Join('\u001f', values);
}
