using System.CommandLine;
using System.Globalization;
using Osprey.Core;
using Osprey.Server.Hosting;
using Osprey.Serving.Hosting;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey server</c>: the REST API (MLflow-compatible and Osprey's own) over the local workspace.</summary>
internal static class ServerCommand
{
    /// <summary>Builds the command and its subcommands with their options and actions.</summary>
    public static Command Build(CommandContext context)
    {
        var host = new Option<string>("--host")
        {
            Description = "Address to bind (default 127.0.0.1; any other address requires an API token)",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var port = new Option<int>("--port", "-p")
        {
            Description = "Port to listen on (default 5000; 0 picks a free one)",
            DefaultValueFactory = _ => 5000,
        };
        var publicRead = new Option<bool>("--public-read") { Description = "Let requests without a token read (writes still need one)" };
        var requireToken = new Option<bool>("--require-token") { Description = "Require a token even on loopback" };
        var serve = new Option<string[]>("--serve")
        {
            Description = "Also answer predictions for a model, such as churn@champion (repeatable; health and metrics under /serving)",
            AllowMultipleArgumentsPerToken = false,
        };
        var serving = new ServingOptions();
        var command = new Command("server", "Serve the REST API (MLflow-compatible) over the workspace until Ctrl+C")
        {
            host, port, publicRead, requireToken, serve,
        };
        serving.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var settings = context.Settings(parse);
            if (settings.IsRemote)
            {
                throw new OspreyException(ErrorCode.InvalidParameter, "'osprey server' serves a local workspace; drop --server (or unset OSPREY_SERVER).");
            }
            var models = parse.GetValue(serve) ?? [];
            var launch = new ServerLaunch(settings.Home, parse.GetRequiredValue(host), parse.GetValue(port),
                parse.GetValue(publicRead), parse.GetValue(requireToken), settings.Token, models);
            await HostServerAsync(context, launch, HostedServing(serving, parse, settings.Home, models), ct);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Runs the Osprey server for <paramref name="launch"/>, hosting its models with <paramref name="serving"/> (null: serving's defaults), until Ctrl+C, SIGTERM or <paramref name="ct"/>.</summary>
    public static async Task HostServerAsync(CommandContext context, ServerLaunch launch, ServingHostOptions? serving, CancellationToken ct)
    {
        var options = new ServerOptions(new WorkspaceOptions(launch.Home))
        {
            Urls = $"http://{UrlHost(launch.Host)}:{launch.Port.ToString(CultureInfo.InvariantCulture)}",
            PublicRead = launch.PublicRead,
            RequireToken = launch.RequireToken,
            StaticToken = launch.Token,
            Serve = launch.Serve ?? [],
            Serving = serving,
            Clock = context.Environment.Clock,
        };
        OspreyServer server;
        try
        {
            server = await OspreyServerHost.StartAsync(options, ct);
        }
        catch (IOException failure)
        {
            throw new OspreyException(ErrorCode.Unavailable, $"Could not start the server on {options.Urls}: {failure.Message}");
        }
        await using (server)
        {
            var terminal = context.Terminal;
            terminal.MarkupLine($"Osprey listening on [bold]{Markup.Escape(string.Join(", ", server.Addresses))}[/] over the workspace {Markup.Escape(launch.Home)}");
            terminal.MarkupLine(server.TokensRequired
                ? $"Tokens are required{(launch.PublicRead ? " for writes (reads are public)" : "")}."
                : "No token needed: only this machine can connect.");
            if (launch.Serve is { Count: > 0 } served)
            {
                terminal.MarkupLine($"Also serving {Markup.Escape(string.Join(", ", served))}: POST /predict; health, metrics and release controls under /serving");
            }
            terminal.MarkupLine($"[grey]MLflow clients: MLFLOW_TRACKING_URI={Markup.Escape(server.BaseAddress.ToString().TrimEnd('/'))}   osprey: --server {Markup.Escape(server.BaseAddress.ToString())}   Stop with Ctrl+C.[/]");
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

    // Serving options describe the hosted models, so without --serve they would silently do nothing: refuse them instead.
    private static ServingHostOptions? HostedServing(ServingOptions serving, ParseResult parse, string home, string[] models)
    {
        if (models.Length > 0)
        {
            return serving.ApplyTo(new ServingHostOptions(new WorkspaceOptions(home), models), parse);
        }
        if (serving.FirstGiven(parse) is { } given)
        {
            throw OspreyException.Invalid($"{given} applies to the models 'osprey server' serves; add --serve MODEL (such as --serve churn@champion) or drop {given}.");
        }
        return null;
    }

    private static string UrlHost(string host) =>
        host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
}
