using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Core.Security;
using Osprey.TestKit;

namespace Osprey.Storage.Sqlite.Tests.Services;

/// <summary>A workspace of real services over a fresh SQLite file and artifact folder, with a manual clock.</summary>
internal sealed class WorkspaceFixture : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();
    private SqliteWorkspaceDatabase? _database;

    public ManualTimeProvider Clock { get; } = new();

    public Workspace Workspace { get; private set; } = null!;

    public static async Task<WorkspaceFixture> OpenAsync()
    {
        var fixture = new WorkspaceFixture();
        fixture._database = await SqliteStores.OpenAsync(fixture._folder.File("osprey.db"), default);
        fixture.Workspace = new Workspace(fixture._database.Stores, new LocalArtifactStore(fixture._folder.File("artifacts")),
            fixture.Clock, new FixedCallerIdentity("tester"));
        return fixture;
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        _folder.Dispose();
    }
}
