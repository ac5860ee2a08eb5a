using Osprey.Core;

namespace Osprey.Cli.Connections;

/// <summary>Where commands send their calls: a server URL when given, else the workspace folder.</summary>
/// <param name="Home">The full path of the local workspace folder.</param>
/// <param name="ServerUrl">The server's base URL, or null for local mode.</param>
/// <param name="Token">The API token for the server, or null.</param>
internal sealed record ConnectionSettings(string Home, string? ServerUrl, string? Token)
{
    /// <summary>Gets whether commands talk to a server rather than the local workspace.</summary>
    public bool IsRemote => ServerUrl is not null;

    /// <summary>Resolves each setting from its option, else its environment variable, else the default.</summary>
    public static ConnectionSettings Resolve(string? home, string? server, string? token, Func<string, string?> getVariable)
    {
        var resolvedHome = FirstSet(home, getVariable("OSPREY_HOME"));
        return new ConnectionSettings(
            WorkspaceOptions.FromEnvironment(resolvedHome ?? ".osprey").Home,
            FirstSet(server, getVariable("OSPREY_SERVER")),
            FirstSet(token, getVariable("OSPREY_TOKEN")));
    }

    private static string? FirstSet(string? option, string? variable) =>
        !string.IsNullOrWhiteSpace(option) ? option : !string.IsNullOrWhiteSpace(variable) ? variable : null;
}
