using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Core.Learning.Jobs;
using Osprey.Core.Pipelines.Tasks;
using Osprey.Core.Security;
using Osprey.Storage.Sqlite;

namespace Osprey.Server.Pipelines.Tasks;

/// <summary>The learning services of a worker: the workspace at its home folder, opened on the first learning try and closed with the worker.</summary>
public sealed class WorkspaceJobServices(string home, TimeProvider clock) : IAsyncDisposable
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private SqliteWorkspaceDatabase? _database;
    private JobServices? _services;

    /// <summary>Returns the workspace's services, opening it when needed.</summary>
    public async Task<JobServices> GetAsync(TaskRun run, CancellationToken ct)
    {
        await _opening.WaitAsync(ct);
        try
        {
            if (_services is null)
            {
                var options = new WorkspaceOptions(home);
                _database = await SqliteStores.OpenAsync(options.DatabasePath, ct);
                var workspace = new Workspace(_database.Stores, new LocalArtifactStore(options.ArtifactsPath), clock,
                    new FixedCallerIdentity($"pipeline:{run.Dispatch.Pipeline}"));
                _services = JobServices.From(workspace);
            }
            return _services;
        }
        finally
        {
            _opening.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        _opening.Dispose();
    }
}
