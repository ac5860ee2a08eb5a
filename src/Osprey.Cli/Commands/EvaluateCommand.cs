using System.CommandLine;
using System.Globalization;
using Osprey.Cli.Learning;
using Osprey.Cli.Rendering;
using Osprey.Core;
using Osprey.Core.Learning.Jobs;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey evaluate</c>: scores a stored model on a labelled CSV file, prints metrics and the confusion matrix, and gates.</summary>
internal static class EvaluateCommand
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
        var data = new DataOptions("The evaluation data: a CSV file with the target column");
        var target = new Option<string?>("--target") { HelpName = "COLUMN", Description = "The target column, when the model does not name it (imported models)" };
        var threshold = new Option<double?>("--threshold") { HelpName = "P", Description = "Probability at or above which a binary prediction is positive (default: the model's, else 0.5)" };
        var part = new Option<EvaluationPart>("--part")
        {
            HelpName = "all|train|validation|test",
            Description = "Which rows: all (default), or train, validation or test of the model's own training split (the data must be the training file)",
            DefaultValueFactory = _ => EvaluationPart.All,
        };
        var logToRun = new Option<bool>("--log-to-run") { Description = "Log the metrics (as eval_*) and the data set to the model's run" };
        var gates = new GateOptions();
        var command = new Command("evaluate", "Evaluate a stored model on a labelled CSV file: metrics, confusion matrix and an optional gate") { model, target, threshold, part, logToRun };
        data.AddTo(command);
        gates.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (data.File(parse) is not { } file)
            {
                return TrainCommand.Usage(context.Terminal, "--data is required: the CSV file to evaluate on.");
            }
            var request = new EvaluationJobRequest(parse.GetRequiredValue(model), file)
            {
                Target = parse.GetValue(target), Threshold = parse.GetValue(threshold), Part = parse.GetValue(part),
                Gates = gates.Gates(parse), LogToRun = parse.GetValue(logToRun),
            };
            await using var connection = await context.OpenAsync(parse, ct);
            var result = await new EvaluationJob(LearningConnection.Services(connection), context.Environment.Clock).RunAsync(request, ct);
            Show(context, parse, result, file.Path);
            return result.Gate.Passed ? ExitCodes.Success : throw new OspreyException(ErrorCode.InvalidState, $"{result.Gate.Describe()}.");
        });
        return command;
    }

    private static void Show(CommandContext context, ParseResult parse, EvaluationJobResult result, string dataPath)
    {
        var terminal = context.Terminal;
        if (context.IsJson(parse))
        {
            LearningJson.Evaluation(terminal, result);
            return;
        }
        var loaded = result.Model;
        var origin = loaded.Version is { } version ? $" ({version.Name} {DisplayText.Version(version.Version)}, run {loaded.RunId})"
            : loaded.RunId is { } run ? $" (run {run})" : "";
        var part = result.Part == EvaluationPart.All ? "" : $", the {TrainingSplit.Name(result.Part)} rows of its training split";
        terminal.Line(string.Create(CultureInfo.InvariantCulture, $"Evaluated {loaded.Reference}{origin} on {Path.GetFileName(dataPath)}: {result.Rows:N0} rows{part}"));
        terminal.Write(LearningTables.Metrics("Metrics", result.Report.Metrics));
        if (LearningTables.Confusion(result.Report, loaded.Model.Info.Classes, result.Threshold) is { } confusion)
        {
            terminal.Write(confusion);
        }
        if (result.Gate.Gates.Count > 0 && result.Gate.Passed)
        {
            terminal.MarkupLine($"[green]{DisplayText.Escape(result.Gate.Describe())}[/]");
        }
        if (result.LoggedRunId is { } logged)
        {
            terminal.Line($"Logged the metrics as {EvaluationJob.MetricPrefix}* to run {logged}.");
        }
    }
}
