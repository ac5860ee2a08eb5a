using Osprey.Core;
using Osprey.Core.Pipelines.Tasks;

namespace Osprey.Storage.Sqlite.Monitoring;

/// <summary>The workspace stores a worker's monitoring tasks read, opened on the first such try and closed with the worker.</summary>
public sealed class SqliteMonitoringStores(string databasePath) : IAsyncDisposable
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private SqliteWorkspaceDatabase? _database;

    /// <summary>Returns the stores, opening the database when needed (matches <c>PerformanceCheckStores</c>).</summary>
    public Task<WorkspaceStores> GetAsync(TaskRun run, CancellationToken ct) => GetAsync(ct);

    /// <summary>Returns the stores, opening the database when needed.</summary>
    public async Task<WorkspaceStores> GetAsync(CancellationToken ct)
    {
        await _opening.WaitAsync(ct);
        try
        {
            _database ??= await SqliteStores.OpenAsync(databasePath, ct);
            return _database.Stores;
        }
        finally
        {
            _opening.Release();
        }
    }

    /// <summary>Closes the database if a try opened it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        _opening.Dispose();
    }
}
