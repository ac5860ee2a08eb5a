using System.CommandLine;
using System.Globalization;
using Osprey.Cli.Learning;
using Osprey.Cli.Rendering;
using Osprey.Core.Learning.Jobs;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey predict</c>: batch-scores a CSV file with a stored model into an output CSV, with progress and throughput.</summary>
internal static class PredictCommand
{
    /// <summary>Builds the command with its options and action.</summary>
    public static Command Build(CommandContext context)
    {
        var model = new Option<string>("--model", "-m")
        {
            HelpName = "MODEL",
            Description = "The model: models:/NAME@ALIAS, models:/NAME/3, models:/NAME/latest, runs:/RUN/model, or a model file or folder",
            Required = true,
        };
        var data = new DataOptions("The rows to score: a CSV file with the model's input columns (extra columns are ignored)");
        var output = new Option<string>("--out", "-o") { HelpName = "FILE", Description = "The output CSV: identifier columns, prediction and class probabilities", Required = true };
        var batchSize = new Option<int>("--batch-size") { HelpName = "ROWS", Description = "Rows scored and written per batch", DefaultValueFactory = _ => 10_000 };
        var threshold = new Option<double?>("--threshold") { HelpName = "P", Description = "Probability at or above which a binary prediction is the positive class (default: the model's, else 0.5)" };
        var keep = new Option<string[]>("--keep") { HelpName = "COLUMN", Description = "Also copy this input column to the output (identifier columns always are); repeatable" };
        var command = new Command("predict", "Score a CSV file with a stored model and write predictions to a CSV file") { model, output, batchSize, threshold, keep };
        data.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (data.File(parse) is not { } file)
            {
                return TrainCommand.Usage(context.Terminal, "--data is required: the CSV file to score.");
            }
            var request = new BatchScoringRequest(parse.GetRequiredValue(model), file, parse.GetRequiredValue(output))
            {
                BatchSize = parse.GetValue(batchSize), Threshold = parse.GetValue(threshold), Keep = parse.GetValue(keep) ?? [],
            };
            await using var connection = await context.OpenAsync(parse, ct);
            var job = new BatchScoringJob(LearningConnection.Services(connection), context.Environment.Clock);
            var json = context.IsJson(parse);
            var result = json
                ? await job.RunAsync(request, null, ct)
                : await LearningProgress.ScoringAsync(context.Terminal, progress => job.RunAsync(request, progress, ct));
            Show(context.Terminal, json, result, request.OutputPath);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Show(Terminal terminal, bool json, BatchScoringResult result, string outputPath)
    {
        if (json)
        {
            LearningJson.Scoring(terminal, result, outputPath);
            return;
        }
        var origin = result.Model.Version is { } version ? $" ({version.Name} {DisplayText.Version(version.Version)})" : "";
        terminal.Line(string.Create(CultureInfo.InvariantCulture,
            $"Scored {result.Rows:N0} rows with {result.Model.Reference}{origin} in {result.Elapsed.TotalSeconds:0.###} s ({result.RowsPerSecond:N0} rows/s) into {outputPath}"));
        terminal.Line($"Columns: {string.Join(", ", result.Columns)}");
        foreach (var (column, count) in result.UnknownCategories)
        {
            terminal.Line(string.Create(CultureInfo.InvariantCulture, $"Note: {count:N0} rows have a category of '{column}' the model never saw; they were scored as missing."));
        }
    }
}
