using System.CommandLine;
using Osprey.Cli.Learning;
using Osprey.Cli.Rendering;
using Osprey.Core.Learning.Jobs;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>The <c>osprey train --model xgboost-json</c> path: imports a model trained by XGBoost into a run and optionally registers it.</summary>
internal static class TrainImport
{
    /// <summary>Runs the import and prints what was recorded; a failed gate ends with exit code 4.</summary>
    public static async Task<int> RunAsync(CommandContext context, ParseResult parse, ModelImportRequest request, CancellationToken ct)
    {
        var terminal = context.Terminal;
        await using var connection = await context.OpenAsync(parse, ct);
        var result = await new ModelImportJob(LearningConnection.Services(connection), context.Environment.Clock).RunAsync(request, ct);
        if (context.IsJson(parse))
        {
            LearningJson.Import(terminal, result);
        }
        else
        {
            var info = result.Model.Info;
            terminal.MarkupLine($"Imported {DisplayText.Escape(Path.GetFileName(request.ModelPath))} ({DisplayText.Escape(ModelArtifacts.TaskName(info.Task))}, "
                + $"{DisplayText.Escape(info.Parameters.GetValueOrDefault("objective"))}) into run [bold]{DisplayText.Escape(result.RunId)}[/] of experiment {DisplayText.Escape(result.ExperimentName)}");
            if (result.Evaluation is { } evaluation)
            {
                terminal.Write(LearningTables.Metrics($"Metrics on {Path.GetFileName(request.Data!.Path)}", evaluation.Metrics));
            }
            if (result.Version is { } version)
            {
                var aliases = string.Concat(version.Aliases.Select(a => " @" + a));
                terminal.MarkupLine($"Registered [bold]{DisplayText.Escape(version.Name)} {DisplayText.Version(version.Version)}[/]{Markup.Escape(aliases)} from {DisplayText.Escape(version.Source)}");
            }
        }
        return result.Gate.Passed ? ExitCodes.Success : throw TrainCommand.GateFailed(result.Gate, result.RunId);
    }
}
