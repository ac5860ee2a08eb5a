using System.CommandLine;
using Osprey.Cli.Rendering;
using Osprey.Core.Registry;

namespace Osprey.Cli.Commands;

/// <summary>Builds the registry moves: <c>models promote|alias|rollback|history</c>; each move is recorded in the model's history.</summary>
internal static class ModelMoveCommands
{
    /// <summary>Builds the commands with their options and actions.</summary>
    public static IEnumerable<Command> Build(CommandContext context)
    {
        yield return Promote(context);
        yield return Alias(context);
        yield return Rollback(context);
        yield return History(context);
    }

    private static Argument<string> ModelName() => new("name") { Description = "The registered model's name" };

    private static Option<string?> Reason() => new("--reason") { Description = "Why, recorded in the model's history" };

    private static Command Promote(CommandContext context)
    {
        var name = ModelName();
        var version = new Argument<string>("version") { Description = "The version number" };
        var stage = new Option<string>("--stage")
        {
            Description = "None, Staging, Production or Archived (default Production)",
            DefaultValueFactory = _ => nameof(ModelStage.Production),
        };
        var archive = new Option<bool>("--archive-existing") { Description = "Move the versions now in that stage to Archived" };
        var reason = Reason();
        var command = new Command("promote", "Move a version to a stage") { name, version, stage, archive, reason };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var moved = await connection.Versions.TransitionStageAsync(parse.GetRequiredValue(name), parse.GetRequiredValue(version),
                parse.GetRequiredValue(stage), parse.GetValue(archive), parse.GetValue(reason), ct);
            if (context.IsJson(parse))
            {
                JsonOutput.Version(context.Terminal, moved);
                return;
            }
            var archived = parse.GetValue(archive) ? " (the stage's other versions are archived)" : "";
            context.Terminal.MarkupLine($"[bold]{DisplayText.Escape(moved.Name)}[/] {DisplayText.Version(moved.Version)} is now in {DisplayText.Markup(moved.CurrentStage)}{archived}.");
        });
        return command;
    }

    private static Command Alias(CommandContext context)
    {
        var name = ModelName();
        var alias = new Argument<string>("alias") { Description = "The alias, such as champion" };
        var version = new Argument<string>("version") { Description = "The version number it should point at" };
        var reason = Reason();
        var command = new Command("alias", "Point an alias (such as champion) at a version") { name, alias, version, reason };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var model = parse.GetRequiredValue(name);
            var aliasName = parse.GetRequiredValue(alias);
            await connection.Aliases.SetAsync(model, aliasName, parse.GetRequiredValue(version), parse.GetValue(reason), ct);
            var holder = await connection.Aliases.GetVersionAsync(model, aliasName, ct);
            context.Terminal.MarkupLine($"[bold]{DisplayText.Escape(model)}@{DisplayText.Escape(aliasName)}[/] now points at {DisplayText.Version(holder.Version)}.");
        });
        return command;
    }

    private static Command Rollback(CommandContext context)
    {
        var name = ModelName();
        var alias = new Argument<string>("alias") { Description = "The alias to move back" };
        var reason = Reason();
        var command = new Command("rollback", "Point an alias back at the version that held it before") { name, alias, reason };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var moved = await connection.Aliases.RollbackAsync(parse.GetRequiredValue(name), parse.GetRequiredValue(alias), parse.GetValue(reason), ct);
            if (context.IsJson(parse))
            {
                JsonOutput.History(context.Terminal, [moved]);
                return;
            }
            context.Terminal.MarkupLine($"Rolled back [bold]{DisplayText.Escape(moved.ModelName)}@{DisplayText.Escape(moved.Target)}[/]: {DisplayText.Version(moved.FromVersion)} → {DisplayText.Version(moved.ToVersion)}.");
        });
        return command;
    }

    private static Command History(CommandContext context)
    {
        var name = ModelName();
        var alias = new Option<string?>("--alias") { Description = "Only the moves of this alias" };
        var stage = new Option<string?>("--stage") { Description = "Only the transitions into this stage" };
        var at = new Option<string?>("--at")
        {
            Description = "Instead of the history, tell which version held the --alias or --stage at this time (2026-03-01T10:00, local unless an offset is given)",
        };
        var command = new Command("history", "Show every stage and alias move of a model, oldest first") { name, alias, stage, at };
        command.Validators.Add(result =>
        {
            if (result.GetValue(alias) is not null && result.GetValue(stage) is not null)
            {
                result.AddError("Give --alias or --stage, not both.");
            }
            else if (result.GetValue(at) is not null && result.GetValue(alias) is null && result.GetValue(stage) is null)
            {
                result.AddError("--at needs --alias or --stage: it tells which version held that alias or stage at the time.");
            }
        });
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var target = parse.GetValue(alias) ?? parse.GetValue(stage);
            if (parse.GetValue(at) is { } moment)
            {
                var shown = parse.GetValue(alias) is not null ? "@" + target : "stage " + target;
                await HolderAtAsync(context, parse, connection.Aliases, parse.GetRequiredValue(name), (target!, shown), moment, ct);
                return;
            }
            var events = await connection.Aliases.GetHistoryAsync(parse.GetRequiredValue(name), target, ct);
            if (context.IsJson(parse))
            {
                JsonOutput.History(context.Terminal, events);
                return;
            }
            if (events.Count == 0)
            {
                context.Terminal.MarkupLine("[grey]No stage or alias moves recorded.[/]");
                return;
            }
            context.Terminal.Write(ModelTables.History(events));
        });
        return command;
    }

    private static async Task HolderAtAsync(CommandContext context, ParseResult parse, IModelAliasService aliases,
        string model, (string Name, string Shown) target, string moment, CancellationToken ct)
    {
        var timestamp = PointInTime.Parse(moment, "--at");
        var holder = await aliases.GetHolderAtAsync(model, target.Name, timestamp, ct);
        if (context.IsJson(parse))
        {
            JsonOutput.Holder(context.Terminal, model, target.Name, timestamp, holder);
            return;
        }
        var who = holder is { } version ? $"was held by [bold]{DisplayText.Version(version)}[/]" : "was held by no version";
        context.Terminal.MarkupLine($"At {DisplayText.Time(timestamp)}, {DisplayText.Escape(model)} {DisplayText.Escape(target.Shown)} {who}.");
    }
}
