using Osprey.Core.Monitoring.Drift;

namespace Osprey.Core.Tests.Monitoring.Drift;

/// <summary>Builds one-column profiles from arrays through the same builder the engine uses.</summary>
internal static class Profiles
{
    public static ColumnProfile Numeric(string name, IEnumerable<double> values) => Table(name, values.ToArray(), null).Columns[0];

    public static ColumnProfile Categorical(string name, IEnumerable<string?> labels) => Table(name, null, labels.ToArray()).Columns[0];

    public static DataProfile Table(string name, double[]? numbers, string?[]? labels)
    {
        var type = numbers is null ? ColumnType.Categorical : ColumnType.Numerical;
        var builder = new ProfileBuilder([new ColumnSchema(name, type)]);
        var rows = numbers?.Length ?? labels!.Length;
        builder.Add(new DataChunk(rows, [numbers is null ? null : (double[])numbers.Clone()], [labels]));
        return builder.Build(name);
    }
}
