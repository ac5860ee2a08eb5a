using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Core.Security;
using Osprey.Serving.Hosting;
using Osprey.Storage.Sqlite;
using Osprey.TestKit;

namespace Osprey.Serving.Tests.Fixtures;

/// <summary>A real serving host on 127.0.0.1 (a free port) over a fresh workspace seeded with models, a manual clock, and a client pointed at it.</summary>
public sealed class LiveServing : IAsyncDisposable
{
    private readonly TempDirectory _home;

    private LiveServing(TempDirectory home, ServingServer server, ManualTimeProvider clock)
    {
        _home = home;
        Server = server;
        Clock = clock;
        Client = new HttpClient { BaseAddress = server.BaseAddress };
    }

    public ServingServer Server { get; }

    public HttpClient Client { get; }

    public ManualTimeProvider Clock { get; }

    public Workspace Workspace => Server.Workspace;

    public string Home => _home.Path;

    /// <summary>Seeds a workspace with <paramref name="seed"/>, then starts serving <paramref name="models"/> with the options <paramref name="configure"/> adjusts.</summary>
    public static async Task<LiveServing> StartAsync(Func<Workspace, Task> seed, IReadOnlyList<string> models, Func<ServingHostOptions, ServingHostOptions>? configure = null)
    {
        var home = new TempDirectory();
        try
        {
            var workspaceOptions = new WorkspaceOptions(home.Path);
            var clock = new ManualTimeProvider();
            await using (var database = await SqliteStores.OpenAsync(workspaceOptions.DatabasePath, CancellationToken.None))
            {
                var workspace = new Workspace(database.Stores, new LocalArtifactStore(workspaceOptions.ArtifactsPath), clock, new FixedCallerIdentity("test"));
                await seed(workspace);
            }
            var options = new ServingHostOptions(workspaceOptions, models) { Urls = "http://127.0.0.1:0", Clock = clock, PollInterval = TimeSpan.FromSeconds(5) };
            var server = await ServingHost.StartAsync(configure?.Invoke(options) ?? options, CancellationToken.None);
            return new LiveServing(home, server, clock);
        }
        catch
        {
            home.Dispose();
            throw;
        }
    }

    /// <summary>Starts serving one model registered with the given versions (in order) and an alias <c>champion</c> on the first.</summary>
    public static async Task<LiveServing> StartChampionAsync(string model, byte[][] versions, Func<ServingHostOptions, ServingHostOptions>? configure = null) =>
        await StartAsync(async workspace =>
        {
            foreach (var file in versions)
            {
                await RegistrySeed.RegisterAsync(workspace, model, file);
            }
            await workspace.Aliases.SetAsync(model, "champion", "1", null, CancellationToken.None);
        }, [$"{model}@champion"], configure);

    /// <summary>Moves the clock past one poll and waits until the watcher's poll has finished.</summary>
    public async Task PollAsync()
    {
        Clock.Advance(TimeSpan.FromSeconds(5));
        await Server.Runtime.Watcher.PollNow();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        _home.Dispose();
    }
}
