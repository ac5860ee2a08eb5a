using System.CommandLine;
using Osprey.Core;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey server</c>: the REST API (MLflow-compatible and Osprey's own) over the local workspace.</summary>
public static class ServerCommand
{
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
        var command = new Command("server", "Serve the REST API (MLflow-compatible) over the workspace until Ctrl+C") { host, port, publicRead };
        command.SetAction(async (parse, ct) =>
        {
            var settings = context.Settings(parse);
            if (settings.IsRemote)
            {
                throw new OspreyException(ErrorCode.InvalidParameter, "'osprey server' serves a local workspace; drop --server (or unset OSPREY_SERVER).");
            }
            var launch = new ServerLaunch(settings.Home, parse.GetRequiredValue(host), parse.GetValue(port), parse.GetValue(publicRead), settings.Token);
            await HostServerAsync(context, launch, ct);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Runs the Osprey server for <paramref name="launch"/> until <paramref name="ct"/> is cancelled.</summary>
    public static Task HostServerAsync(CommandContext context, ServerLaunch launch, CancellationToken ct)
    {
        // Connected to Osprey.Server's host entry once it is on main; until then the command says so plainly.
        _ = context;
        _ = launch;
        _ = ct;
        throw new OspreyException(ErrorCode.Unavailable, "This build of osprey does not include the server yet.");
    }
}
