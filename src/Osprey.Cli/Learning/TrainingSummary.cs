using System.Globalization;
using Osprey.Cli.Rendering;
using Osprey.Core.Learning.Jobs;
using Spectre.Console;

namespace Osprey.Cli.Learning;

/// <summary>The human summary of <c>osprey train</c>: what was recorded where, the data report, the test metrics and the registration.</summary>
internal static class TrainingSummary
{
    /// <summary>Writes the run panel, the test metrics with the confusion matrix, and the most important features.</summary>
    public static void Write(Terminal terminal, TrainingJobResult result, string dataPath, double threshold)
    {
        var outcome = result.Outcome;
        var data = outcome.Data;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow("[grey]Experiment[/]", $"{DisplayText.Escape(result.ExperimentName)} (id {DisplayText.Escape(result.ExperimentId)})");
        var status = result.Gate.Passed ? "[green]FINISHED[/]" : "[red]FAILED (gated)[/]";
        grid.AddRow("[grey]Run[/]", $"{DisplayText.Escape(result.RunName)}  [bold]{DisplayText.Escape(result.RunId)}[/]  {status}");
        grid.AddRow("[grey]Data[/]", DisplayText.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(dataPath)}: {data.Rows:N0} rows (train {data.TrainRows:N0}, validation {data.ValidationRows:N0}, test {data.TestRows:N0}), fingerprint {data.Fingerprint.ShortDigest}")));
        if (data.DroppedMissingTarget > 0)
        {
            grid.AddRow("[grey]Dropped[/]", DisplayText.Escape($"{data.DroppedMissingTarget} rows with a missing target"));
        }
        foreach (var note in data.Missing)
        {
            grid.AddRow("[grey]Missing[/]", DisplayText.Escape($"{note.Column}: {note.Missing} of {note.Rows} missing; {note.Handling}"));
        }
        if (data.IgnoredColumns.Count > 0)
        {
            grid.AddRow("[grey]Not features[/]", DisplayText.Escape(string.Join(", ", data.IgnoredColumns)));
        }
        var model = result.Model.Info;
        var iterations = outcome.BestIteration is { } best ? $", kept {best} of {outcome.History.Count} iterations" : "";
        grid.AddRow("[grey]Model[/]", DisplayText.Escape($"{model.Learner} ({ModelArtifacts.TaskName(model.Task)}){iterations}"));
        grid.AddRow("[grey]Artifacts[/]", DisplayText.Escape(string.Join(", ", ModelArtifacts.ModelPath, ModelArtifacts.DescriptorPath, ModelArtifacts.ImportancePath, ModelArtifacts.EvaluationPath)));
        grid.AddRow("[grey]Registered[/]", Registered(result));
        terminal.Write(new Panel(grid).Header("Training run"));
        if (outcome.Test is { } test)
        {
            terminal.Write(LearningTables.Metrics("Test metrics", test.Metrics));
            if (LearningTables.Confusion(test, model.Classes, threshold) is { } confusion)
            {
                terminal.Write(confusion);
            }
        }
        if (outcome.Importance.Count > 0)
        {
            terminal.Write(LearningTables.Importance(outcome.Importance, 10));
        }
    }

    private static string Registered(TrainingJobResult result)
    {
        if (result.Version is { } version)
        {
            var aliases = version.Aliases.Count > 0 ? " " + string.Join(" ", version.Aliases.Select(a => "@" + a)) : "";
            return $"[bold]{DisplayText.Escape(version.Name)} {DisplayText.Version(version.Version)}[/]{DisplayText.Escape(aliases)} from {DisplayText.Escape(version.Source)}";
        }
        return result.Gate.Passed ? "[grey]not asked (--register NAME)[/]" : "[red]nothing: the gate failed[/]";
    }
}
