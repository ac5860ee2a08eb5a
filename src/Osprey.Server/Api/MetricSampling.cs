using Osprey.Core.Tracking;

namespace Osprey.Server.Api;

/// <summary>Thins a metric history to at most a given number of points for charts, keeping the first and last step.</summary>
internal static class MetricSampling
{
    /// <summary>Returns the points with steps in [<paramref name="startStep"/>, <paramref name="endStep"/>], evenly sampled down to <paramref name="maxPoints"/>.</summary>
    public static IReadOnlyList<Metric> Sample(IReadOnlyList<Metric> history, long? startStep, long? endStep, int maxPoints)
    {
        var inRange = history
            .Where(m => (startStep is null || m.Step >= startStep) && (endStep is null || m.Step <= endStep))
            .OrderBy(m => m.Step)
            .ThenBy(m => m.Timestamp)
            .ToList();
        if (inRange.Count <= maxPoints)
        {
            return inRange;
        }
        var sampled = new List<Metric>(maxPoints);
        var last = -1;
        for (var i = 0; i < maxPoints; i++)
        {
            // Spread indices over [0, Count-1] so both ends are always kept.
            var index = (int)Math.Round(i * (inRange.Count - 1) / (double)(maxPoints - 1));
            if (index != last)
            {
                sampled.Add(inRange[index]);
                last = index;
            }
        }
        return sampled;
    }
}
