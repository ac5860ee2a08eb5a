using System.CommandLine;
using Osprey.Cli.Rendering;
using Osprey.Core.Tracking;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey runs compare RUN RUN [RUN...]</c>: params and metrics side by side, differences highlighted.</summary>
internal static class RunCompareCommand
{
    /// <summary>Builds the command and its subcommands with their options and actions.</summary>
    public static Command Build(CommandContext context)
    {
        var runs = new Argument<string[]>("runs")
        {
            Description = "Two or more run ids",
            Arity = new ArgumentArity(2, 100),
        };
        var onlyDifferences = new Option<bool>("--diff") { Description = "Show only the params and metrics that differ" };
        var command = new Command("compare", "Compare runs side by side: params and latest metrics, differences highlighted")
        {
            runs, onlyDifferences,
        };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var loaded = new List<Run>();
            foreach (var id in parse.GetRequiredValue(runs))
            {
                loaded.Add(await connection.Runs.GetAsync(id, ct));
            }
            var comparison = RunComparison.Of(loaded);
            if (context.IsJson(parse))
            {
                JsonOutput.Comparison(context.Terminal, comparison);
                return;
            }
            context.Terminal.Write(comparison.ToTable(context.Environment.Clock, parse.GetValue(onlyDifferences)));
        });
        return command;
    }
}
