using Osprey.Core.Monitoring.Series;

namespace Osprey.Core.Tests.Pipelines.Series;

/// <summary>A series store that is down: appends either throw or never complete (until <see cref="Release"/>), reads find nothing.</summary>
internal sealed class UnavailableSeriesStore(bool hangs) : ISeriesStore
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Appends { get; private set; }

    public void Release() => _release.TrySetException(new IOException("the series database is locked"));

    public Task AppendAsync(IReadOnlyList<SeriesPoint> points, CancellationToken ct)
    {
        Appends++;
        return hangs ? _release.Task : throw new IOException("the series database is locked");
    }

    public Task<IReadOnlyList<SeriesPoint>> QueryAsync(SeriesQuery query, CancellationToken ct) => Task.FromResult<IReadOnlyList<SeriesPoint>>([]);

    public Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<string>>([]);

    public Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct) => Task.FromResult(0);
}
