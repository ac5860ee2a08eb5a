using System.CommandLine;
using Osprey.Cli.Learning;
using Osprey.Core;
using Osprey.Core.Monitoring.Checks;
using Osprey.Core.Monitoring.Checks.Yaml;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey check SUITE --data FILE</c>: runs a check suite on a CSV file, prints the result table, and exits non-zero when a check fails.</summary>
internal static class CheckCommand
{
    /// <summary>Builds the command with its options and action.</summary>
    public static Command Build(CommandContext context)
    {
        var suite = new Argument<string>("suite") { Description = "The check suite file (YAML; see docs/checks.md)" };
        var data = new DataOptions("The CSV file to check");
        var dataSet = new Option<string?>("--data-set") { HelpName = "NAME", Description = "The data set name in the result (default: the suite's data_set, else the file name)" };
        var json = new Option<string?>("--json")
        {
            HelpName = "FILE",
            Description = "Also write the result as JSON to FILE; with no FILE, print JSON instead of the table",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("check", "Run a data check suite on a CSV file: one pass, a table of results, exit code 4 when a check fails") { suite, dataSet, json };
        data.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            if (data.File(parse) is not { } file)
            {
                return Task.FromResult(TrainCommand.Usage(context.Terminal, "--data is required: the CSV file to check."));
            }
            var loaded = CheckSuiteLoader.LoadFile(parse.GetRequiredValue(suite));
            var checks = loaded.ValueOrThrow();
            var table = file.Read();
            var name = parse.GetValue(dataSet) ?? loaded.DataSet ?? file.Name;
            var result = new CheckEngine(context.Environment.Clock).Run(checks, table, name, ct);
            Show(context, parse, json, result);
            return Task.FromResult(result.Status == CheckStatus.Fail
                ? throw new OspreyException(ErrorCode.InvalidState, $"{result.Failed} of {result.Checks.Count} checks failed: {string.Join(", ", result.Checks.Where(c => c.Status == CheckStatus.Fail).Select(c => c.Name))}.")
                : ExitCodes.Success);
        });
        return command;
    }

    private static void Show(CommandContext context, ParseResult parse, Option<string?> json, SuiteResult result)
    {
        var terminal = context.Terminal;
        var jsonGiven = parse.GetResult(json) is not null || context.IsJson(parse);
        var jsonFile = parse.GetValue(json);
        if (jsonFile is { Length: > 0 })
        {
            File.WriteAllText(jsonFile, CheckJson.Serialize(result));
        }
        else if (jsonGiven)
        {
            terminal.Line(CheckJson.Serialize(result));
            return;
        }
        terminal.Write(CheckTables.Checks(result));
        terminal.MarkupLine(CheckTables.Summary(result));
        if (jsonFile is { Length: > 0 })
        {
            terminal.Line($"Wrote the result to {jsonFile}.");
        }
    }
}
