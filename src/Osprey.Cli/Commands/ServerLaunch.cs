namespace Osprey.Cli.Commands;

/// <summary>How <c>osprey server</c> was asked to run: the workspace, the address to bind, and when requests need a token.</summary>
internal sealed record ServerLaunch(string Home, string Host, int Port, bool PublicRead, bool RequireToken, string? Token);
