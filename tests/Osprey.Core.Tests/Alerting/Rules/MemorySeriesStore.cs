using Osprey.Core.Monitoring.Series;

namespace Osprey.Core.Tests.Alerting.Rules;

/// <summary>An in-memory series store with the contract's matching rule (labels include every pair, time in [From, To)).</summary>
internal sealed class MemorySeriesStore : ISeriesStore
{
    private readonly List<SeriesPoint> _points = [];

    public void Add(string name, long at, double value, params (string Key, string Value)[] labels) =>
        _points.Add(new SeriesPoint(name, labels.ToDictionary(l => l.Key, l => l.Value), at, value));

    public Task AppendAsync(IReadOnlyList<SeriesPoint> points, CancellationToken ct)
    {
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
