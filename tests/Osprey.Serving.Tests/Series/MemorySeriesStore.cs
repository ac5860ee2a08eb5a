using Osprey.Core.Monitoring.Series;

namespace Osprey.Serving.Tests.Series;

/// <summary>An in-memory series store with the contract's matching rule (labels include every pair, time in [From, To)); it can be told to refuse appends.</summary>
internal sealed class MemorySeriesStore : ISeriesStore
{
    private readonly List<SeriesPoint> _points = [];

    public bool Refuse { get; set; }

    public IReadOnlyList<SeriesPoint> Named(string name) => _points.Where(p => p.Name == name).ToList();

    public Task AppendAsync(IReadOnlyList<SeriesPoint> points, CancellationToken ct)
    {
        if (Refuse)
        {
            throw new IOException("the series store is unavailable");
        }
        _points.AddRange(points);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SeriesPoint>> QueryAsync(SeriesQuery query, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SeriesPoint>>(_points
            .Where(p => p.Name == query.Name && p.Timestamp >= query.From && p.Timestamp < query.To
                && query.LabelMatch.All(m => p.Labels.TryGetValue(m.Key, out var v) && v == m.Value))
            .OrderBy(p => p.Timestamp).ToList());

    public Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(_points.Select(p => p.Name).Distinct().Order(StringComparer.Ordinal).ToList());

    public Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct) => Task.FromResult(_points.RemoveAll(p => p.Timestamp < timestamp));
}
