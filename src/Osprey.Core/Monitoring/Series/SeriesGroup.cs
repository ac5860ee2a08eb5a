namespace Osprey.Core.Monitoring.Series;

/// <summary>The samples of one series (a name and one label set), in time order.</summary>
public sealed record SeriesGroup(string Name, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<SeriesPoint> Points)
{
    /// <summary>Splits query results (ordered by series then time) into one group per series, keeping their order.</summary>
    public static IReadOnlyList<SeriesGroup> Split(IReadOnlyList<SeriesPoint> points)
    {
        var groups = new List<SeriesGroup>();
        var start = 0;
        for (var i = 1; i <= points.Count; i++)
        {
            if (i == points.Count || !SameSeries(points[i], points[start]))
            {
                groups.Add(new SeriesGroup(points[start].Name, points[start].Labels, [.. points.Skip(start).Take(i - start)]));
                start = i;
            }
        }
        return groups;
    }

    private static bool SameSeries(SeriesPoint a, SeriesPoint b) =>
        string.Equals(a.Name, b.Name, StringComparison.Ordinal) && a.Labels.Count == b.Labels.Count && SeriesLabels.Includes(a.Labels, b.Labels);
}
