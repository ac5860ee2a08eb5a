using Osprey.Cli.Rendering;
using Osprey.Core.Monitoring.Checks;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Renders a suite result for the terminal: one row per check, coloured by status.</summary>
internal static class CheckTables
{
    /// <summary>Returns the table of checks.</summary>
    public static Table Checks(SuiteResult result)
    {
        var table = new Table().Title(Markup.Escape($"{result.Suite} on {result.DataSet}"))
            .AddColumn("status").AddColumn("check").AddColumn(new TableColumn("observed").RightAligned())
            .AddColumn(new TableColumn("unexpected").RightAligned()).AddColumn("detail (row numbers are 1-based data rows)");
        foreach (var check in result.Checks)
        {
            table.AddRow(Status(check.Status), Markup.Escape(check.Name), Markup.Escape(check.Observed ?? "-"),
                Markup.Escape(SuiteReport.Unexpected(check)), Markup.Escape(SuiteReport.Detail(check)));
        }
        return table;
    }

    /// <summary>Returns the summary line as markup, coloured by the suite's status.</summary>
    public static string Summary(SuiteResult result)
    {
        var colour = result.Status switch { CheckStatus.Pass => "green", CheckStatus.Warn => "yellow", _ => "red" };
        return $"[{colour}]{DisplayText.Escape(SuiteReport.Summary(result))}[/]";
    }

    private static string Status(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "[green]pass[/]",
        CheckStatus.Warn => "[yellow]warn[/]",
        _ => "[red]fail[/]",
    };
}
