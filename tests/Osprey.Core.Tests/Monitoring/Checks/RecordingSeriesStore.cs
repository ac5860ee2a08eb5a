using Osprey.Core.Monitoring.Series;

namespace Osprey.Core.Tests.Monitoring.Checks;

/// <summary>A series store that only remembers what was appended (the real one lives in Storage.Sqlite).</summary>
internal sealed class RecordingSeriesStore : ISeriesStore
{
    public List<SeriesPoint> Points { get; } = [];

    public Task AppendAsync(IReadOnlyList<SeriesPoint> points, CancellationToken ct)
    {
        Points.AddRange(points);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SeriesPoint>> QueryAsync(SeriesQuery query, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken ct) => throw new NotSupportedException();

    public Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct) => throw new NotSupportedException();
}
