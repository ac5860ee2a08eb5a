namespace Osprey.Cli.Commands;

/// <summary>How <c>osprey server</c> was asked to run: the workspace, the address to bind, when requests need a token, and the models it also serves.</summary>
/// <param name="Serve">Model references whose inference routes the server hosts (<c>--serve churn@champion</c>).</param>
internal sealed record ServerLaunch(string Home, string Host, int Port, bool PublicRead, bool RequireToken, string? Token, IReadOnlyList<string>? Serve = null);
