using System.Globalization;
using System.Text;
using Osprey.Core.Learning;

namespace Osprey.Bench.Learning;

/// <summary>Writes a feature matrix and labels as CSV (categorical codes as "k{code}", missing as empty) so every peer reads the same rows.</summary>
internal static class CsvExport
{
    public static void Write(string path, FeatureMatrix features, double[] labels, ReadOnlySpan<int> rows, string target)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(string.Join(',', features.Features.Select(f => f.Name)));
        writer.Write(',');
        writer.WriteLine(target);
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            line.Clear();
            for (var f = 0; f < features.FeatureCount; f++)
            {
                var value = features.Column(f)[row];
                if (!float.IsNaN(value))
                {
                    if (features.Features[f].Kind == FeatureKind.Categorical)
                    {
                        line.Append('k').Append((int)value);
                    }
                    else
                    {
                        line.Append(value.ToString("R", CultureInfo.InvariantCulture));
                    }
                }
                line.Append(',');
            }
            line.Append(labels[row].ToString(CultureInfo.InvariantCulture));
            writer.WriteLine(line);
        }
    }
}
