using System.Diagnostics;

namespace Osprey.Bench.Tracking;

/// <summary>Latency samples in milliseconds with median and percentiles.</summary>
internal sealed class Stopwatches
{
    private readonly List<double> _samples = [];

    public int Count => _samples.Count;

    public async Task<T> TimeAsync<T>(Func<Task<T>> action)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await action();
        lock (_samples)
        {
            _samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return result;
    }

    public double Percentile(double p)
    {
        if (_samples.Count == 0)
        {
            return double.NaN;
        }
        var sorted = _samples.Order().ToArray();
        var index = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
