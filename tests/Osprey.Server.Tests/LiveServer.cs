using Osprey.Core;
using Osprey.Server.Hosting;
using Osprey.TestKit;

namespace Osprey.Server.Tests;

/// <summary>A real Kestrel server on 127.0.0.1 with a free port over a fresh temporary workspace, and an HttpClient pointed at it.</summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly TempDirectory _home;

    private LiveServer(TempDirectory home, OspreyServer server)
    {
        _home = home;
        Server = server;
        Client = CreateClient();
    }

    public OspreyServer Server { get; }

    public HttpClient Client { get; }

    public Workspace Workspace => Server.Workspace;

    public string Home => _home.Path;

    /// <summary>Starts a server; <paramref name="configure"/> adjusts the options (the workspace and a port-0 loopback URL are preset).</summary>
    public static async Task<LiveServer> StartAsync(Func<ServerOptions, ServerOptions>? configure = null)
    {
        var home = new TempDirectory();
        try
        {
            var options = new ServerOptions(new WorkspaceOptions(home.Path)) { Urls = "http://127.0.0.1:0" };
            var server = await OspreyServerHost.StartAsync(configure?.Invoke(options) ?? options, CancellationToken.None);
            return new LiveServer(home, server);
        }
        catch
        {
            home.Dispose();
            throw;
        }
    }

    /// <summary>Creates another client for the server, optionally sending a bearer token.</summary>
    public HttpClient CreateClient(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Server.BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        _home.Dispose();
    }
}
