using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Osprey.Core;
using Osprey.Storage.Sqlite;

namespace Osprey.Server.Hosting;

/// <summary>A running (or ready to run) Osprey server over one workspace; disposing it stops the server and closes the workspace.</summary>
public sealed class OspreyServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SqliteWorkspaceDatabase _database;
    private readonly IAsyncDisposable? _serving;
    private bool _started;

    internal OspreyServer(WebApplication app, SqliteWorkspaceDatabase database, Workspace workspace, bool tokensRequired, IAsyncDisposable? serving = null)
    {
        _serving = serving;
        _app = app;
        _database = database;
        Workspace = workspace;
        TokensRequired = tokensRequired;
    }

    /// <summary>Gets the services the server calls.</summary>
    public Workspace Workspace { get; }

    /// <summary>Gets whether requests need a token (non-loopback binding, a static token, or an explicit requirement).</summary>
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
        // The serving runtime writes its queued predictions before the database closes.
        if (_serving is not null)
        {
            await _serving.DisposeAsync();
        }
        await _database.DisposeAsync();
    }
}
