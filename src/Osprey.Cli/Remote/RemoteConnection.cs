using Osprey.Cli.Connections;
using Osprey.Core;

namespace Osprey.Cli.Remote;

/// <summary>Opens the services of a server: the same interfaces as the local workspace, carried over HTTP.</summary>
internal static class RemoteConnection
{
    /// <summary>Creates a connection to the server at <paramref name="url"/>; nothing is sent until a command calls a service.</summary>
    public static Connection Open(string url, string? token)
    {
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var baseAddress)
            || baseAddress.Scheme is not ("http" or "https"))
        {
            throw OspreyException.Invalid($"'--server' must be an http:// or https:// URL, got '{url}'.");
        }
        var http = new OspreyHttpClient(baseAddress, token);
        var runs = new RemoteRunService(http);
        return new Connection($"server {baseAddress}", new RemoteExperimentService(http), runs, new RemoteRunArtifactService(http, runs),
            new RemoteRegisteredModelService(http), new RemoteModelVersionService(http), new RemoteModelAliasService(http), null, http);
    }
}
