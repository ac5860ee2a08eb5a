using Osprey.Core;
using Osprey.Server.Hosting;

namespace Osprey.Cli.Tests.Remote;

/// <summary>A real Osprey server on a free loopback port over its own workspace, with one CLI runner for the workspace and one for the server.</summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    private readonly OspreyServer _server;

    private ServerUnderTest(OspreyServer server, CliRunner local, CliRunner remote)
    {
        _server = server;
        Local = local;
        Remote = remote;
    }

    /// <summary>Gets a runner that opens the server's workspace directly.</summary>
    public CliRunner Local { get; }

    /// <summary>Gets a runner that sends every command to the server with <c>--server</c>.</summary>
    public CliRunner Remote { get; }

    /// <summary>Starts a server; <paramref name="staticToken"/> makes it require that token for writes and reads.</summary>
    public static async Task<ServerUnderTest> StartAsync(string? staticToken = null)
    {
        var local = new CliRunner();
        var options = new ServerOptions(new WorkspaceOptions(local.Home)) { Urls = "http://127.0.0.1:0", StaticToken = staticToken };
        var server = await OspreyServerHost.StartAsync(options, CancellationToken.None);
        return new ServerUnderTest(server, local, new CliRunner { Server = server.BaseAddress.ToString() });
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Remote.Dispose();
        Local.Dispose();
    }
}
