using System.CommandLine;
using Osprey.Cli.Demo;
using Osprey.Cli.Rendering;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey demo</c>: a short scripted walk through tracking and the registry, safe to run again and again.</summary>
internal static class DemoCommand
{
    /// <summary>Builds the command and its subcommands with their options and actions.</summary>
    public static Command Build(CommandContext context)
    {
        var command = new Command("demo", "Track a small training run, register its model, alias it @champion and promote it (run it again to see history)");
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var walk = new DemoWalk(connection, context.Environment.Clock);
            var terminal = context.Terminal;
            var json = context.IsJson(parse);
            if (!json)
            {
                terminal.MarkupLine($"Running the demo on the {DisplayText.Escape(connection.Description)}");
            }
            var result = json ? await walk.RunAsync(_ => { }, (_, _) => { }, ct) : await RunWithProgressAsync(terminal, walk, ct);
            if (json)
            {
                JsonOutput.Demo(terminal, result);
                return;
            }
            Summarize(terminal, result);
        });
        return command;
    }

    private static async Task<DemoResult> RunWithProgressAsync(Terminal terminal, DemoWalk walk, CancellationToken ct)
    {
        void Done(string step) => terminal.MarkupLine($"[green]+[/] {Markup.Escape(step)}");
        if (!terminal.Out.Profile.Capabilities.Interactive)
        {
            // Without a live terminal a spinner would only repeat each line; the step list is the progress.
            return await walk.RunAsync(Done, (_, _) => { }, ct);
        }
        return await terminal.Out.Status().StartAsync("Starting", status => walk.RunAsync(
            step =>
            {
                Done(step);
                status.Status(Markup.Escape(step));
            },
            (logged, total) => status.Status($"Training: loss logged for step {logged} of {total}"),
            ct));
    }

    private static void Summarize(Terminal terminal, DemoResult result)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow("[grey]Experiment[/]", $"{DisplayText.Escape(result.ExperimentName)} (id {DisplayText.Escape(result.ExperimentId)})");
        grid.AddRow("[grey]Run[/]", $"{DisplayText.Escape(result.RunName)}  [bold]{DisplayText.Escape(result.RunId)}[/]");
        grid.AddRow("[grey]Params[/]", DisplayText.Escape(string.Join(", ", result.Params.Select(p => $"{p.Key}={p.Value}"))));
        grid.AddRow("[grey]Metrics[/]", $"loss over 20 steps, final {DisplayText.Number(result.FinalLoss)}; accuracy {DisplayText.Number(result.Accuracy)}");
        grid.AddRow("[grey]Artifact[/]", DisplayText.Escape(result.ArtifactPath));
        grid.AddRow("[grey]Model[/]", $"[bold]{DisplayText.Escape(result.ModelName)} {DisplayText.Version(result.Version)}[/] from {DisplayText.Escape(result.Source)}");
        var moved = result.PreviousChampion is { } before ? $" (moved from {DisplayText.Version(before)})" : "";
        grid.AddRow("[grey]Alias[/]", $"@{DemoWalk.ChampionAlias} → {DisplayText.Version(result.Version)}{moved}");
        grid.AddRow("[grey]Stage[/]", $"{DisplayText.Markup(Osprey.Core.Registry.ModelStage.Production)} (the previous Production version archived)");
        terminal.Write(new Panel(grid).Header($"Demo round {result.Round} done"));

        terminal.MarkupLine("[bold]Where to look next[/]");
        terminal.Line($"  osprey runs list --experiment {DemoWalk.ExperimentName}");
        terminal.Line($"  osprey runs show {result.RunId}");
        if (result.PreviousRunId is { } previous)
        {
            terminal.Line($"  osprey runs compare {previous} {result.RunId}");
        }
        terminal.Line($"  osprey models show {result.ModelName}");
        terminal.Line($"  osprey models history {result.ModelName}");
        if (result.PreviousChampion is not null)
        {
            terminal.Line($"  osprey models rollback {result.ModelName} {DemoWalk.ChampionAlias} --reason \"try the previous one\"");
        }
        else
        {
            terminal.Line("  osprey demo    (again: a second round moves @champion, so history and rollback have something to show)");
        }
        terminal.Line("  osprey server  then, in another shell: MLFLOW_TRACKING_URI=http://127.0.0.1:5000 python3 -c \"import mlflow; print(mlflow.search_runs(experiment_names=['demo']))\"");
    }
}
