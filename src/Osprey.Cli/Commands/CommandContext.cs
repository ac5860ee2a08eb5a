using System.CommandLine;
using System.CommandLine.Help;
using Osprey.Cli.Connections;
using Osprey.Cli.Remote;

namespace Osprey.Cli.Commands;

/// <summary>What every command action needs: the terminal, the global options and a way to open the services.</summary>
internal sealed class CommandContext(Terminal terminal, GlobalOptions options, CliEnvironment environment)
{
    public Terminal Terminal => terminal;

    public CliEnvironment Environment => environment;

    /// <summary>Gets whether <c>--json</c> was given.</summary>
    public bool IsJson(ParseResult parse) => parse.GetValue(options.Json);

    /// <summary>Resolves where calls go from the global options and the environment.</summary>
    public ConnectionSettings Settings(ParseResult parse) => ConnectionSettings.Resolve(
        parse.GetValue(options.Home), parse.GetValue(options.Server), parse.GetValue(options.Token), environment.GetVariable);

    /// <summary>Opens the services for this invocation: a server when <c>--server</c> is set, else the local workspace.</summary>
    public async Task<Connection> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var settings = Settings(parse);
        return settings.ServerUrl is { } url
            ? RemoteConnection.Open(url, settings.Token)
            : await LocalConnection.OpenAsync(settings.Home, environment, ct);
    }

    /// <summary>Creates a command that only groups subcommands; run on its own it prints its help.</summary>
    public static Command Group(string name, string description)
    {
        var command = new Command(name, description);
        ShowHelpWhenRunAlone(command);
        return command;
    }

    /// <summary>Makes a command print its help when invoked without a subcommand, instead of failing.</summary>
    public static void ShowHelpWhenRunAlone(Command command) => command.SetAction(parse => new HelpAction().Invoke(parse));

    /// <summary>Sets a command's action to open a connection, run <paramref name="action"/> with it and close it.</summary>
    public void SetAction(Command command, Func<ParseResult, Connection, CancellationToken, Task> action)
    {
        command.SetAction(async (parse, ct) =>
        {
            await using var connection = await OpenAsync(parse, ct);
            await action(parse, connection, ct);
            return ExitCodes.Success;
        });
    }
}
