using System.CommandLine;
using Osprey.Cli.Connections;
using Osprey.Cli.Rendering;
using Osprey.Core.Tracking;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey experiments list|create|delete|restore</c>.</summary>
internal static class ExperimentsCommand
{
    /// <summary>Builds the command and its subcommands with their options and actions.</summary>
    public static Command Build(CommandContext context)
    {
        var command = CommandContext.Group("experiments", "List, create, delete and restore experiments");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Create(context));
        command.Subcommands.Add(Lifecycle(context, "delete", "Soft-delete an experiment and its runs (restorable)", deleting: true));
        command.Subcommands.Add(Lifecycle(context, "restore", "Restore a deleted experiment and its runs", deleting: false));
        return command;
    }

    private static Command List(CommandContext context)
    {
        var all = new Option<bool>("--all") { Description = "Include deleted experiments" };
        var command = new Command("list", "List experiments, most recently updated first") { all };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var view = parse.GetValue(all) ? ViewType.All : ViewType.ActiveOnly;
            var experiments = await ExperimentReference.ListAllAsync(connection.Experiments, view, ct);
            if (context.IsJson(parse))
            {
                JsonOutput.Experiments(context.Terminal, experiments);
                return;
            }
            var table = new Table().AddColumns("ID", "Name", "Stage", "Created", "Updated", "Artifact location");
            foreach (var experiment in experiments)
            {
                table.AddRow(
                    DisplayText.Escape(experiment.Id.ToString()),
                    DisplayText.Escape(experiment.Name),
                    experiment.LifecycleStage == LifecycleStage.Active ? "active" : "[grey]deleted[/]",
                    DisplayText.Time(experiment.CreationTime),
                    DisplayText.Time(experiment.LastUpdateTime),
                    DisplayText.Escape(experiment.ArtifactLocation));
            }
            context.Terminal.Write(table);
        });
        return command;
    }

    private static Command Create(CommandContext context)
    {
        var name = new Argument<string>("name") { Description = "The new experiment's name" };
        var location = new Option<string?>("--artifact-location") { Description = "Where its runs' artifacts go (default: the workspace's artifact root)" };
        var command = new Command("create", "Create an experiment") { name, location };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var id = await connection.Experiments.CreateAsync(parse.GetRequiredValue(name), parse.GetValue(location), null, ct);
            if (context.IsJson(parse))
            {
                JsonOutput.Experiment(context.Terminal, await connection.Experiments.GetAsync(id.ToString(), ct));
                return;
            }
            context.Terminal.MarkupLine($"Created experiment [bold]{DisplayText.Escape(parse.GetRequiredValue(name))}[/] with id [bold]{id}[/].");
        });
        return command;
    }

    private static Command Lifecycle(CommandContext context, string verb, string description, bool deleting)
    {
        var reference = new Argument<string>("experiment") { Description = "The experiment's id (or name)" };
        var command = new Command(verb, description) { reference };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var experiment = await ExperimentReference.ResolveAsync(connection.Experiments, parse.GetRequiredValue(reference), ct);
            var id = experiment.Id.ToString();
            if (deleting)
            {
                await connection.Experiments.DeleteAsync(id, ct);
            }
            else
            {
                await connection.Experiments.RestoreAsync(id, ct);
            }
            context.Terminal.MarkupLine($"{(deleting ? "Deleted" : "Restored")} experiment [bold]{DisplayText.Escape(experiment.Name)}[/] ({id}) and its runs.");
        });
        return command;
    }
}
