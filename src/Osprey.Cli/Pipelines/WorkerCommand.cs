using System.CommandLine;
using Osprey.Cli.Commands;
using Osprey.Core;
using Osprey.Server.Pipelines;
using Osprey.Server.Pipelines.Workers;

namespace Osprey.Cli.Pipelines;

/// <summary>Builds <c>osprey worker</c>: a long-lived process that runs pipeline tasks handed out by a server (<c>osprey server</c> starts its own).</summary>
internal static class WorkerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CommandContext context)
    {
        var slots = new Option<int>("--slots") { Description = "How many tries to run at once (default 4)", DefaultValueFactory = _ => 4 };
        var types = new Option<string[]>("--types") { Description = "Only take tasks of these types (repeat for more; default every type)" };
        var exitWithStdin = new Option<bool>("--exit-with-stdin") { Description = "Stop when standard input closes (how a server's own workers follow it)" };
        var command = new Command("worker", "Run pipeline tasks for the server given with --server until Ctrl+C") { slots, types, exitWithStdin };
        command.SetAction(async (parse, ct) =>
        {
            var settings = context.Settings(parse);
            if (settings.ServerUrl is not { } url || !Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var server))
            {
                throw OspreyException.Invalid("'osprey worker' needs --server URL (or OSPREY_SERVER): the server that hands out the tasks.");
            }
            var options = new WorkerOptions(server, settings.Home, Math.Clamp(parse.GetValue(slots), 1, 256), Environment.CurrentDirectory)
            {
                Types = parse.GetValue(types) is { Length: > 0 } list ? list : null,
                Token = settings.Token,
                Secret = context.Environment.GetVariable(WorkerAccess.SecretVariable),
            };
            try
            {
                await WorkerHost.RunAsync(options, parse.GetValue(exitWithStdin), context.Environment == CliEnvironment.Process ? Console.Out : TextWriter.Null, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl+C is how a worker is meant to stop.
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
