using System.CommandLine;
using Osprey.Cli.Commands;
using Osprey.Cli.Pipelines;
using Osprey.Core;
using Spectre.Console;

namespace Osprey.Cli;

/// <summary>The <c>osprey</c> command line: parses arguments, runs one command and turns failures into one line and an exit code.</summary>
public static class Cli
{
    /// <summary>Runs the command line with the real environment and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default) =>
        RunAsync(args, output, error, CliEnvironment.Process, ct);

    /// <summary>Runs the command line against a given environment (variables, clock, user) and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken ct = default)
    {
        var terminal = new Terminal(output, error);
        var root = BuildRoot(terminal, environment);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                terminal.Fail(parseError.Message);
            }
            terminal.Error.MarkupLine("[grey]Run 'osprey --help' (or 'osprey <command> --help') to see what is accepted.[/]");
            return ExitCodes.Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            }, ct);
        }
        catch (OspreyException failure)
        {
            terminal.Fail(failure.Message);
            return ExitCodes.From(failure.Code);
        }
        catch (HttpRequestException failure)
        {
            terminal.Fail($"cannot reach the server: {failure.Message}");
            return ExitCodes.Unavailable;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            terminal.Fail("interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (InvalidDataException failure)
        {
            terminal.Fail(failure.Message);
            return ExitCodes.Failure;
        }
        catch (TaskCanceledException failure) when (failure.InnerException is TimeoutException)
        {
            terminal.Fail($"the server did not answer in time: {failure.Message}");
            return ExitCodes.Unavailable;
        }
#pragma warning disable CA1031 // The command line's contract is one readable line and an exit code for every failure, never a stack trace.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            terminal.Fail($"unexpected {failure.GetType().Name}: {failure.Message}");
            return ExitCodes.Failure;
        }
    }

    private static RootCommand BuildRoot(Terminal terminal, CliEnvironment environment)
    {
        var root = new RootCommand("Osprey: experiment tracking and a model registry that speak MLflow's API, in one program.");
        var options = new GlobalOptions();
        options.AddTo(root);
        CommandContext.ShowHelpWhenRunAlone(root);
        var context = new CommandContext(terminal, options, environment);
        root.Subcommands.Add(ServerCommand.Build(context));
        root.Subcommands.Add(ServeCommand.Build(context));
        root.Subcommands.Add(ExperimentsCommand.Build(context));
        root.Subcommands.Add(RunsCommand.Build(context));
        root.Subcommands.Add(ModelsCommand.Build(context));
        root.Subcommands.Add(TokensCommand.Build(context));
        root.Subcommands.Add(DemoCommand.Build(context));
        root.Subcommands.Add(TrainCommand.Build(context));
        root.Subcommands.Add(EvaluateCommand.Build(context));
        root.Subcommands.Add(CheckCommand.Build(context));
        root.Subcommands.Add(PredictCommand.Build(context));
        root.Subcommands.Add(PipelinesCommand.Build(context));
        root.Subcommands.Add(RunCommand.Build(context));
        root.Subcommands.Add(WorkerCommand.Build(context));
        root.Subcommands.Add(MetricsCommand.Build(context));
        root.Subcommands.Add(MonitorCommand.Build(context));
        root.Subcommands.Add(AlertsCommand.Build(context));
        return root;
    }
}
