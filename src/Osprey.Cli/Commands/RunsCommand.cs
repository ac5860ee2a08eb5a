using System.CommandLine;
using Osprey.Cli.Connections;
using Osprey.Cli.Rendering;
using Osprey.Core.Tracking;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey runs list|show|search|compare</c>.</summary>
internal static class RunsCommand
{
    /// <summary>Builds the command and its subcommands with their options and actions.</summary>
    public static Command Build(CommandContext context)
    {
        var command = CommandContext.Group("runs", "List, show, search and compare runs");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Search(context));
        command.Subcommands.Add(RunCompareCommand.Build(context));
        return command;
    }

    private static Command List(CommandContext context)
    {
        var options = new RunQueryOptions(defaultMax: 50);
        var command = new Command("list", "List runs, newest first");
        options.AddTo(command);
        context.SetAction(command, (parse, connection, ct) =>
            SearchAsync(context, parse, connection, options, filter: null, orderBy: [], countOnly: false, ct));
        return command;
    }

    private static Command Search(CommandContext context)
    {
        var filter = new Argument<string>("filter")
        {
            Description = "A filter such as \"metrics.f1 > 0.7 and (params.model = 'gbdt' or tags.team IN ('ds', 'ml'))\"",
        };
        var orderBy = new Option<string[]>("--order-by")
        {
            Description = "Sort key such as 'metrics.f1 DESC' or 'attributes.start_time'; repeat for more keys",
        };
        var count = new Option<bool>("--count") { Description = "Print only how many runs match" };
        var options = new RunQueryOptions(defaultMax: 100);
        var command = new Command("search", "Search runs with the filter language (AND, OR, NOT, parentheses, IN, LIKE, ILIKE, IS NULL)")
        {
            filter, orderBy, count,
        };
        options.AddTo(command);
        context.SetAction(command, (parse, connection, ct) => SearchAsync(context, parse, connection, options,
            parse.GetRequiredValue(filter), parse.GetValue(orderBy) ?? [], parse.GetValue(count), ct));
        return command;
    }

    private static Command Show(CommandContext context)
    {
        var run = new Argument<string>("run") { Description = "The run's id" };
        var command = new Command("show", "Show a run: attributes, params, latest metrics, tags, inputs and artifacts") { run };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var found = await connection.Runs.GetAsync(parse.GetRequiredValue(run), ct);
            if (context.IsJson(parse))
            {
                JsonOutput.Run(context.Terminal, found);
                return;
            }
            var artifacts = await connection.RunArtifacts.ListAsync(found.Info.RunId.Value, null, ct);
            context.Terminal.Write(RunTables.Detail(found, artifacts, context.Environment.Clock));
        });
        return command;
    }

    private static async Task SearchAsync(CommandContext context, ParseResult parse, Connection connection, RunQueryOptions options,
        string? filter, IReadOnlyList<string> orderBy, bool countOnly, CancellationToken ct)
    {
        var view = options.View(parse);
        var experimentIds = await options.ExperimentIdsAsync(parse, connection.Experiments, ct);
        var request = new RunSearchRequest(experimentIds, filter, orderBy, view, options.Max(parse));
        if (countOnly)
        {
            var total = await connection.Runs.CountAsync(request, ct);
            if (context.IsJson(parse))
            {
                JsonOutput.Count(context.Terminal, total);
                return;
            }
            context.Terminal.Line(total.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        var page = await connection.Runs.SearchAsync(request, ct);
        if (context.IsJson(parse))
        {
            JsonOutput.Runs(context.Terminal, page);
            return;
        }
        if (page.Items.Count == 0)
        {
            context.Terminal.MarkupLine("[grey]No runs match.[/]");
            return;
        }
        context.Terminal.Write(RunTables.List(page.Items, context.Environment.Clock, showExperiment: page.Items.Select(r => r.Info.ExperimentId).Distinct().Skip(1).Any()));
        if (page.NextPageToken is not null)
        {
            context.Terminal.MarkupLine($"[grey]Showing the first {page.Items.Count} runs; raise --max to see more.[/]");
        }
    }
}
