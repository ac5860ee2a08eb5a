using Osprey.Core;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Tasks.Learning;
using Osprey.Storage.Sqlite;

namespace Osprey.Cli.Pipelines;

/// <summary>The pipeline service over a workspace folder opened directly (its database closes on dispose).</summary>
internal sealed class LocalPipelines(SqliteWorkspaceDatabase database, PipelineService service) : IAsyncDisposable
{
    public PipelineService Service => service;

    /// <summary>Gets the workspace's stores.</summary>
    public WorkspaceStores Stores => database.Stores;

    /// <summary>Opens (creating when absent) the workspace at <paramref name="home"/>.</summary>
    public static async Task<LocalPipelines> OpenAsync(string home, TimeProvider clock, CancellationToken ct)
    {
        var options = new WorkspaceOptions(home);
        Directory.CreateDirectory(options.Home);
        var database = await SqliteStores.OpenAsync(options.DatabasePath, ct);
        return new LocalPipelines(database, new PipelineService(database.Stores, options.Home, clock, LearningTaskTypes.Catalog));
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
