using System.Text;

namespace Osprey.Cli.Commands;

/// <summary>Draws values as a one-line text chart of block characters, scaled between their minimum and maximum.</summary>
internal static class MetricsSparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    /// <summary>Returns at most <paramref name="width"/> characters; longer series are averaged into that many buckets, NaN shows as a space.</summary>
    public static string Draw(IReadOnlyList<double> values, int width = 40)
    {
        if (values.Count == 0)
        {
            return "";
        }
        var buckets = Bucket(values, Math.Min(width, values.Count));
        var finite = buckets.Where(double.IsFinite).ToList();
        var min = finite.Count == 0 ? 0 : finite.Min();
        var max = finite.Count == 0 ? 0 : finite.Max();
        var text = new StringBuilder(buckets.Length);
        foreach (var value in buckets)
        {
            text.Append(!double.IsFinite(value) ? ' '
                : max <= min ? Blocks[Blocks.Length / 2]
                : Blocks[(int)Math.Round((value - min) / (max - min) * (Blocks.Length - 1))]);
        }
        return text.ToString();
    }

    private static double[] Bucket(IReadOnlyList<double> values, int count)
    {
        var buckets = new double[count];
        for (var b = 0; b < count; b++)
        {
            var start = (int)((long)b * values.Count / count);
            var end = (int)((long)(b + 1) * values.Count / count);
            var slice = Enumerable.Range(start, end - start).Select(i => values[i]).Where(v => !double.IsNaN(v)).ToList();
            buckets[b] = slice.Count == 0 ? double.NaN : slice.Average();
        }
        return buckets;
    }
}
