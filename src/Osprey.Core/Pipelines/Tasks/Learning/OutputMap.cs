using System.Globalization;
using System.Text.Json;
using Osprey.Core.Learning.Jobs;

namespace Osprey.Core.Pipelines.Tasks.Learning;

/// <summary>Builds the small outputs map a learning task hands downstream.</summary>
internal sealed class OutputMap
{
    private readonly Dictionary<string, JsonElement> _values = new(StringComparer.Ordinal);

    /// <summary>Adds a value under <paramref name="key"/>.</summary>
    public OutputMap Add<T>(string key, T value)
    {
        _values[key] = JsonSerializer.SerializeToElement(value);
        return this;
    }

    /// <summary>Adds each finite metric under its own name, rounded to 6 places so templates print it readably.</summary>
    public OutputMap AddMetrics(IReadOnlyDictionary<string, double> metrics)
    {
        foreach (var (name, value) in metrics.Where(m => double.IsFinite(m.Value)))
        {
            Add(name, Math.Round(value, 6));
        }
        return this;
    }

    /// <summary>Gets the map.</summary>
    public IReadOnlyDictionary<string, JsonElement> Build() => _values;

    /// <summary>Reads a map of gates such as <c>f1: 0.5</c> from the setting <paramref name="name"/>.</summary>
    public static IReadOnlyList<MetricGate> Gates(TaskSettings settings, string name) =>
        [.. settings.TextMap(name).Select(g => MetricGate.Parse($"{g.Key}={g.Value}", isMinimum: true))];

    /// <summary>Turns a run id into <c>runs:/ID/model</c>; any other reference is returned unchanged.</summary>
    public static string ModelReference(string reference) =>
        reference.Contains(":/", StringComparison.Ordinal) || reference.Contains('/', StringComparison.Ordinal) || reference.Contains('.', StringComparison.Ordinal)
            ? reference
            : string.Create(CultureInfo.InvariantCulture, $"runs:/{reference}/{ModelArtifacts.ModelFolder}");
}
