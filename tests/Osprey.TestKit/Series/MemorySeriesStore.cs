using Osprey.Core.Monitoring.Series;

namespace Osprey.TestKit.Series;

/// <summary>An in-memory series store with the contract's matching rule (labels include every pair, time in [From, To)); it can be told to refuse appends.</summary>
public sealed class MemorySeriesStore : ISeriesStore
{
    private readonly List<SeriesPoint> _points = [];

    /// <summary>Gets or sets whether appends fail, as an unavailable store's would.</summary>
    public bool Refuse { get; set; }

    /// <summary>Adds one point with the given labels.</summary>
    public void Add(string name, long at, double value, params (string Key, string Value)[] labels) =>
        _points.Add(new SeriesPoint(name, labels.ToDictionary(l => l.Key, l => l.Value), at, value));

    /// <summary>Returns every point of a series name, in the order appended.</summary>
    public IReadOnlyList<SeriesPoint> Named(string name) => _points.Where(p => p.Name == name).ToList();

    /// <inheritdoc/>
    public Task AppendAsync(IReadOnlyList<SeriesPoint> points, CancellationToken ct)
    {
        if (Refuse)
        {
            throw new IOException("the series store is unavailable");
        }
        _points.AddRange(points);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<SeriesPoint>> QueryAsync(SeriesQuery query, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SeriesPoint>>(_points
            .Where(p => p.Name == query.Name && p.Timestamp >= query.From && p.Timestamp < query.To
                && query.LabelMatch.All(m => p.Labels.TryGetValue(m.Key, out var v) && v == m.Value))
            .OrderBy(p => p.Timestamp).ToList());

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(_points.Select(p => p.Name).Distinct().Order(StringComparer.Ordinal).ToList());

    /// <inheritdoc/>
    public Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct) => Task.FromResult(_points.RemoveAll(p => p.Timestamp < timestamp));
}
