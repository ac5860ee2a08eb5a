using System.CommandLine;
using Osprey.Cli.Connections;
using Osprey.Cli.Remote;
using Osprey.Core;
using Osprey.Serving.Hosting;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey serve</c>: online inference for registered models (hot reload, canary, shadow, prediction log, metrics), and the commands that steer it.</summary>
internal static class ServeCommand
{
    /// <summary>Builds the command, its options and its control subcommands.</summary>
    public static Command Build(CommandContext context)
    {
        var options = new ServeOptions();
        var command = new Command("serve", "Serve registered models for online inference until Ctrl+C (also: status, canary, shadow, promote, rollback, refresh)");
        options.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var settings = context.Settings(parse);
            // With --server, --token is what the registry asks for; --serve-token keeps this server's own token apart from it.
            var servingToken = options.ServingToken(parse, context.Environment.GetVariable, settings.Token);
            var hostOptions = options.ToHostOptions(parse, settings.Home, servingToken, context.Environment.Clock);
            if (settings.ServerUrl is not { } url)
            {
                await RunAsync(context, hostOptions, ct);
                return ExitCodes.Success;
            }
            // The registry and model files come from the server; predictions are still logged in the local workspace.
            await using var connection = RemoteConnection.Open(url, settings.Token);
            await RunAsync(context, hostOptions with { Registry = RegistryOf(connection) }, ct);
            return ExitCodes.Success;
        });
        ServeControlCommands.AddTo(command, context);
        return command;
    }

    /// <summary>Gets a connection's registry services as the registry a server follows.</summary>
    internal static ServingRegistry RegistryOf(Connection connection) =>
        new(connection.Versions, connection.Aliases, connection.Runs, connection.RunArtifacts, connection.Description);

    private static async Task RunAsync(CommandContext context, ServingHostOptions options, CancellationToken ct)
    {
        ServingServer server;
        try
        {
            server = await ServingHost.StartAsync(options, ct);
        }
        catch (IOException failure)
        {
            throw new OspreyException(ErrorCode.Unavailable, $"Could not listen on {options.Urls}: {failure.Message}");
        }
        await using (server)
        {
            var terminal = context.Terminal;
            var source = options.Registry is { } registry ? $"the registry of {registry.Description} (predictions logged in {options.Workspace.Home})" : $"the workspace {options.Workspace.Home}";
            terminal.MarkupLine($"Serving on [bold]{Markup.Escape(string.Join(", ", server.Addresses))}[/] from {Markup.Escape(source)}");
            foreach (var deployment in server.Runtime.Models.All)
            {
                var plan = deployment.Plan;
                var detail = plan is null ? $"not loaded yet{(deployment.LastError is { } e ? $": {e}" : "")}"
                    : $"version {plan.Stable.Version}{(plan.Canary is { } c ? $", canary version {c.Version} at {plan.CanaryPercent}%" : "")}{(plan.Shadow is { } s ? $", shadow version {s.Version}" : "")}";
                terminal.MarkupLine($"  [bold]{Markup.Escape(deployment.Name)}[/] follows {Markup.Escape(deployment.Reference.ToString())}: {Markup.Escape(detail)}");
            }
            terminal.MarkupLine(server.TokensRequired ? "Tokens are required (except /health, /ready, /metrics)." : "No token needed: only this machine can connect.");
            terminal.MarkupLine($"[grey]POST {Markup.Escape(server.BaseAddress.ToString())}predict   GET /health /metrics /models/<name>   Stop with Ctrl+C.[/]");
            try
            {
                await server.WaitForShutdownAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl+C is how a server is meant to stop; it is not an interruption to report.
            }
        }
    }
}
