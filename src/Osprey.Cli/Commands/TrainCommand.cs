using System.CommandLine;
using Osprey.Cli.Learning;
using Osprey.Core;
using Osprey.Core.Learning.Jobs;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey train</c>: trains a model on a CSV file, tracks it as a run and optionally registers it behind a quality gate.</summary>
internal static class TrainCommand
{
    /// <summary>Builds the command with its options and action.</summary>
    public static Command Build(CommandContext context)
    {
        var options = new TrainOptions();
        var command = new Command("train", "Train a model on a CSV file, track it as a run (params, curve, metrics, data set, importance, model) and optionally register it");
        options.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (TrainArguments.IsImport(parse.GetValue(options.Learner) ?? ""))
            {
                var import = options.Import(parse, out var importProblem);
                return import is null ? Usage(context.Terminal, importProblem!) : await TrainImport.RunAsync(context, parse, import, ct);
            }
            var request = options.Training(parse, out var problem);
            return request is null ? Usage(context.Terminal, problem!) : await TrainAsync(context, parse, request, ct);
        });
        return command;
    }

    /// <summary>Returns the error that ends a gated command: one line naming metric, value and threshold, with exit code 4.</summary>
    public static OspreyException GateFailed(GateResult gate, string runId) =>
        new(ErrorCode.InvalidState, $"{gate.Describe()}; run {runId} is marked FAILED and nothing was registered.");

    /// <summary>Writes a usage problem as one error line and returns the usage exit code.</summary>
    public static int Usage(Terminal terminal, string problem)
    {
        terminal.Fail(problem);
        return ExitCodes.Usage;
    }

    private static async Task<int> TrainAsync(CommandContext context, ParseResult parse, TrainingJobRequest request, CancellationToken ct)
    {
        var terminal = context.Terminal;
        await using var connection = await context.OpenAsync(parse, ct);
        var job = new TrainingJob(LearningConnection.Services(connection), context.Environment.Clock);
        var json = context.IsJson(parse);
        if (!json)
        {
            terminal.Line($"Training {request.Learner} on {request.Data.Path} (target {request.Target}) in the {connection.Description}");
        }
        TrainingJobResult result;
        try
        {
            result = json
                ? await job.RunAsync(request, null, ct)
                : await LearningProgress.TrainingAsync(terminal, request.Learner, progress => job.RunAsync(request, progress, ct));
        }
        catch (OperationCanceledException stopped) when (ct.IsCancellationRequested)
        {
            // The job's message names the run it marked KILLED, which the generic "interrupted" line would not.
            terminal.Fail(stopped.Message);
            return ExitCodes.Interrupted;
        }
        if (json)
        {
            LearningJson.Training(terminal, result);
        }
        else
        {
            TrainingSummary.Write(terminal, result, request.Data.Path, request.Threshold);
        }
        return result.Gate.Passed ? ExitCodes.Success : throw GateFailed(result.Gate, result.RunId);
    }
}
