using Microsoft.Extensions.Logging;
using Osprey.Core;
using Osprey.Serving.Hosting;

namespace Osprey.Server.Hosting;

/// <summary>How an Osprey server listens, where its workspace lives, and its security and size limits.</summary>
/// <param name="Workspace">The workspace (<c>OSPREY_HOME</c>) the server opens.</param>
public sealed record ServerOptions(WorkspaceOptions Workspace)
{
    /// <summary>Loopback only: other machines cannot connect, and no token is needed.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>The environment variable holding a static API token.</summary>
    public const string TokenVariable = "OSPREY_TOKEN";

    /// <summary>Gets the addresses to listen on, separated by ';' (port 0 picks a free port).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Gets whether read-only endpoints answer without a token when tokens are otherwise required.</summary>
    public bool PublicRead { get; init; }

    /// <summary>Gets whether tokens are required even on a loopback address.</summary>
    public bool RequireToken { get; init; }

    /// <summary>Gets a static token accepted besides the stored ones (from <c>OSPREY_TOKEN</c>); setting one makes tokens required.</summary>
    public string? StaticToken { get; init; }

    /// <summary>Gets the largest accepted body of a JSON API call (MLflow's log-batch limit is 1 MB).</summary>
    public long MaxJsonBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Gets the largest accepted artifact upload.</summary>
    public long MaxArtifactBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Gets the least severe log level written to the console.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Gets the models whose inference routes the server also hosts (references such as <c>churn@champion</c>); empty hosts none.</summary>
    public IReadOnlyList<string> Serve { get; init; } = [];

    /// <summary>Gets the serving options of the hosted inference routes (canary, shadow, poll interval, health rule, prediction log, validation, waiting for models), or null for serving's defaults.</summary>
    /// <remarks>The server replaces their workspace, models and clock with its own <see cref="Workspace"/>, <see cref="Serve"/> and <see cref="Clock"/>; their address, token, log-level and endpoint-limit settings are not used, since the server's own apply.</remarks>
    public ServingHostOptions? Serving { get; init; }

    /// <summary>Gets the clock the services read.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Reads <c>OSPREY_HOME</c> (unless <paramref name="home"/> is given) and <c>OSPREY_TOKEN</c>.</summary>
    public static ServerOptions FromEnvironment(string? home = null)
    {
        var token = Environment.GetEnvironmentVariable(TokenVariable);
        return new ServerOptions(WorkspaceOptions.FromEnvironment(home))
        {
            StaticToken = string.IsNullOrWhiteSpace(token) ? null : token.Trim(),
        };
    }
}
