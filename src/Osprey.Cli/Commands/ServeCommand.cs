using System.CommandLine;
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
            if (settings.IsRemote)
            {
                throw OspreyException.Invalid("'osprey serve' reads the local workspace; drop --server (or unset OSPREY_SERVER) and point --home at the workspace.");
            }
            var hostOptions = options.ToHostOptions(parse, settings.Home, settings.Token, context.Environment.Clock);
            await RunAsync(context, hostOptions, ct);
            return ExitCodes.Success;
        });
        ServeControlCommands.AddTo(command, context);
        return command;
    }

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
            terminal.MarkupLine($"Serving on [bold]{Markup.Escape(string.Join(", ", server.Addresses))}[/] from the workspace {Markup.Escape(options.Workspace.Home)}");
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
