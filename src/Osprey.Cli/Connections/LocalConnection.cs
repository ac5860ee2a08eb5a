using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Core.Security;
using Osprey.Storage.Sqlite;

namespace Osprey.Cli.Connections;

/// <summary>Opens the workspace folder directly: its SQLite store, its artifact folder and the application services over them.</summary>
internal static class LocalConnection
{
    /// <summary>Opens (creating when absent) the workspace at <paramref name="home"/>, acting as <see cref="CliEnvironment.UserName"/>.</summary>
    public static async Task<Connection> OpenAsync(string home, CliEnvironment environment, CancellationToken ct)
    {
        var options = new WorkspaceOptions(home);
        Directory.CreateDirectory(options.Home);
        var database = await SqliteStores.OpenAsync(options.DatabasePath, ct);
        var workspace = new Workspace(database.Stores, new LocalArtifactStore(options.ArtifactsPath),
            environment.Clock, new FixedCallerIdentity(environment.UserName));
        return new Connection($"workspace {options.Home}", workspace.Experiments, workspace.Runs, workspace.RunArtifacts,
            workspace.Models, workspace.Versions, workspace.Aliases, workspace.Tokens, database);
    }
}
