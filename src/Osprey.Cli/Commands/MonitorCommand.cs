using System.CommandLine;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey monitor</c>: the group of monitoring commands (drift and performance).</summary>
internal static class MonitorCommand
{
    /// <summary>Builds the group with its subcommands.</summary>
    public static Command Build(CommandContext context)
    {
        var command = CommandContext.Group("monitor", "Monitor models and data: drift between a reference and current data, and model performance");
        command.Subcommands.Add(MonitorDriftCommand.Build(context));
        command.Subcommands.Add(MonitorPerformanceCommand.Build(context));
        return command;
    }
}
