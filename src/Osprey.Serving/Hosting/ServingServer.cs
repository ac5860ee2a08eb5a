using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Osprey.Core;
using Osprey.Core.Serving;
using Osprey.Storage.Sqlite;

namespace Osprey.Serving.Hosting;

/// <summary>A running inference server over one workspace; disposing it stops listening, writes the queued prediction log and closes the workspace.</summary>
public sealed class ServingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SqliteWorkspaceDatabase _database;
    private bool _started;

    internal ServingServer(WebApplication app, SqliteWorkspaceDatabase database, Workspace workspace, ServingRuntime runtime, bool tokensRequired)
    {
        _app = app;
        _database = database;
        Workspace = workspace;
        Runtime = runtime;
        TokensRequired = tokensRequired;
    }

    /// <summary>Gets the workspace the server reads models from.</summary>
    public Workspace Workspace { get; }

    /// <summary>Gets the serving runtime (models, releases, metrics, health, log).</summary>
    public ServingRuntime Runtime { get; }

    /// <summary>Gets whether calls other than probes and metrics need a token.</summary>
    public bool TokensRequired { get; }

    /// <summary>Gets the addresses the server listens on, with actual ports once started.</summary>
    public IReadOnlyList<string> Addresses =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    /// <summary>Gets the first listening address as a base URI ending in '/'.</summary>
    public Uri BaseAddress => new(Addresses[0].TrimEnd('/') + "/");

    /// <summary>Starts listening.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        await _app.StartAsync(ct);
        _started = true;
    }

    /// <summary>Completes when the process is asked to stop (Ctrl+C, SIGTERM) or <paramref name="ct"/> is cancelled.</summary>
    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _app.StopAsync(CancellationToken.None);
        }
        await _app.DisposeAsync();
        await Runtime.DisposeAsync();
        await _database.DisposeAsync();
    }
}
