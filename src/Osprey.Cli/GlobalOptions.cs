using System.CommandLine;

namespace Osprey.Cli;

/// <summary>The options every command accepts: where the workspace or server is, the token, and JSON output.</summary>
internal sealed class GlobalOptions
{
    /// <summary>Gets <c>--home</c>: the workspace folder (else <c>OSPREY_HOME</c>, else <c>./.osprey</c>).</summary>
    public Option<string?> Home { get; } = new("--home")
    {
        Description = "Workspace folder holding osprey.db, artifacts/ and prediction-log/ (default: $OSPREY_HOME, else ./.osprey)",
        Recursive = true,
    };

    /// <summary>Gets <c>--server</c>: the URL of an Osprey server to talk to instead of the local workspace.</summary>
    public Option<string?> Server { get; } = new("--server")
    {
        Description = "Talk to an Osprey server at this URL instead of the local workspace (default: $OSPREY_SERVER)",
        Recursive = true,
    };

    /// <summary>Gets <c>--token</c>: the API token sent to the server.</summary>
    public Option<string?> Token { get; } = new("--token")
    {
        Description = "API token sent to the server as a bearer token (default: $OSPREY_TOKEN)",
        Recursive = true,
    };

    /// <summary>Gets <c>--json</c>: machine-readable output on list and show commands.</summary>
    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print machine-readable JSON instead of tables",
        Recursive = true,
    };

    /// <summary>Adds every global option to the root command.</summary>
    public void AddTo(RootCommand root)
    {
        root.Options.Add(Home);
        root.Options.Add(Server);
        root.Options.Add(Token);
        root.Options.Add(Json);
    }
}
