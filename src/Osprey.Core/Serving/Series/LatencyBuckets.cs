using System.Globalization;
using Osprey.Core.Serving.Metrics;

namespace Osprey.Core.Serving.Series;

/// <summary>The cumulative bucket counts of a latency histogram at one moment, with their upper bounds (the last bucket is <c>+Inf</c>).</summary>
public sealed record LatencyBuckets(IReadOnlyList<double> Bounds, IReadOnlyList<long> Cumulative)
{
    /// <summary>Gets the number of observations.</summary>
    public long Count => Cumulative.Count == 0 ? 0 : Cumulative[^1];

    /// <summary>Reads a histogram's buckets through its exposition, which is the only view of them it offers.</summary>
    public static LatencyBuckets Read(Histogram histogram)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        histogram.Write(new PrometheusTextWriter(text), "h", [], []);
        var bounds = new List<double>();
        var counts = new List<long>();
        foreach (var line in text.ToString().Split('\n'))
        {
            if (!line.StartsWith("h_bucket{le=\"", StringComparison.Ordinal))
            {
                continue;
            }
            var start = "h_bucket{le=\"".Length;
            var bound = line[start..line.IndexOf('"', start)];
            bounds.Add(bound == "+Inf" ? double.PositiveInfinity : double.Parse(bound, CultureInfo.InvariantCulture));
            counts.Add((long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
        }
        return new LatencyBuckets(bounds, counts);
    }

    /// <summary>Returns the observations made since <paramref name="earlier"/> (all of them when it is null or has other bounds).</summary>
    public LatencyBuckets Since(LatencyBuckets? earlier)
    {
        // A count never goes down; a smaller one means the series was recreated, so everything it holds is new.
        if (earlier is null || earlier.Cumulative.Count != Cumulative.Count || Cumulative.Where((c, i) => c < earlier.Cumulative[i]).Any())
        {
            return this;
        }
        return new LatencyBuckets(Bounds, Cumulative.Select((c, i) => c - earlier.Cumulative[i]).ToList());
    }

    /// <summary>Estimates the <paramref name="q"/> quantile by interpolating linearly inside the bucket that holds it, as Prometheus's <c>histogram_quantile</c> does; null without observations.</summary>
    /// <remarks>A quantile falling in the <c>+Inf</c> bucket is reported as the highest finite bound.</remarks>
    public double? Quantile(double q)
    {
        if (Count == 0)
        {
            return null;
        }
        var rank = q * Count;
        var bucket = 0;
        while (bucket < Cumulative.Count - 1 && Cumulative[bucket] < rank)
        {
            bucket++;
        }
        if (double.IsPositiveInfinity(Bounds[bucket]))
        {
            return bucket == 0 ? null : Bounds[bucket - 1];
        }
        var lower = bucket == 0 ? 0 : Bounds[bucket - 1];
        var below = bucket == 0 ? 0 : Cumulative[bucket - 1];
        var inside = Cumulative[bucket] - below;
        return inside == 0 ? lower : lower + ((Bounds[bucket] - lower) * (rank - below) / inside);
    }
}
