using System.CommandLine;
using System.Text.Json;
using Osprey.Cli.Rendering;
using Osprey.Core;
using Osprey.Core.Monitoring.Series;
using Osprey.Server.Monitoring.Contracts;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey metrics list|show NAME [--label k=v] [--since 7d]</c>, which read the workspace's time series (local or --server).</summary>
internal static class MetricsCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new(SeriesJsonContext.Default.Options) { WriteIndented = true };

    /// <summary>Builds the command and its subcommands.</summary>
    public static Command Build(CommandContext context)
    {
        var command = CommandContext.Group("metrics", "List and show the time series that monitors, checks and serving record (local workspace or --server)");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        return command;
    }

    private static void SetAction(CommandContext context, Command command, Func<ParseResult, ISeriesStore, CancellationToken, Task> action) =>
        command.SetAction(async (parse, ct) =>
        {
            await using var source = await MetricsSource.OpenAsync(context, parse, ct);
            await action(parse, source.Series, ct);
            return ExitCodes.Success;
        });

    private static Command List(CommandContext context)
    {
        var command = new Command("list", "List the names of the recorded series");
        SetAction(context, command, async (parse, series, ct) =>
        {
            var names = await series.ListNamesAsync(ct);
            if (context.IsJson(parse))
            {
                context.Terminal.Json(new SeriesNamesResponse(names), JsonOptions);
            }
            else if (names.Count == 0)
            {
                context.Terminal.MarkupLine("[grey]No series yet: 'osprey monitor performance' and monitoring tasks record them.[/]");
            }
            else
            {
                var table = new Table().AddColumn("Series");
                foreach (var name in names)
                {
                    table.AddRow(DisplayText.Escape(name));
                }
                context.Terminal.Write(table);
            }
        });
        return command;
    }

    private static Command Show(CommandContext context)
    {
        var name = new Argument<string>("name") { Description = "The series name, such as model_f1" };
        var label = new Option<string[]>("--label") { Description = "Only series with this label, as key=value (repeat for more)" };
        var since = new Option<string>("--since") { Description = "How far back to read: a duration (7d, 12h) or a time (default 7d)", DefaultValueFactory = _ => "7d" };
        var command = new Command("show", "Show the series of a name: one row per label set with its latest value and a sparkline") { name, label, since };
        SetAction(context, command, async (parse, series, ct) =>
        {
            var from = SeriesTime.Parse(parse.GetValue(since) ?? "7d", "--since", context.Environment.Clock);
            var query = new SeriesQuery(parse.GetRequiredValue(name), Labels(parse.GetValue(label)), from, long.MaxValue);
            var groups = SeriesGroup.Split(await series.QueryAsync(query, ct));
            if (context.IsJson(parse))
            {
                context.Terminal.Json(new SeriesResponse(query.Name, query.From, query.To, [.. groups.Select(ToDto)]), JsonOptions);
            }
            else if (groups.Count == 0)
            {
                context.Terminal.MarkupLine($"[grey]No samples of {DisplayText.Escape(query.Name)} since {DisplayText.Time(from)}; 'osprey metrics list' shows the recorded names.[/]");
            }
            else
            {
                context.Terminal.Write(MetricsTable.Build(groups));
            }
        });
        return command;
    }

    private static SeriesDto ToDto(SeriesGroup group) =>
        new(group.Labels, [.. group.Points.Select(p => new SeriesSampleDto(p.Timestamp, p.Value))]);

    private static Dictionary<string, string> Labels(string[]? options)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in options ?? [])
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw OspreyException.Invalid($"'--label' takes key=value, got '{option}'.");
            }
            labels[option[..equals]] = option[(equals + 1)..];
        }
        return labels;
    }
}
