using System.CommandLine;
using Osprey.Cli.Rendering;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey models</c>: list, show, versions and resolve here; stage and alias moves in <see cref="ModelMoveCommands"/>.</summary>
internal static class ModelsCommand
{
    /// <summary>Builds the command and its subcommands with their options and actions.</summary>
    public static Command Build(CommandContext context)
    {
        var command = CommandContext.Group("models", "Browse the model registry and move stages and aliases");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Versions(context));
        foreach (var move in ModelMoveCommands.Build(context))
        {
            command.Subcommands.Add(move);
        }
        command.Subcommands.Add(Resolve(context));
        return command;
    }

    /// <summary>Lists every version of a model, newest first, following page tokens.</summary>
    public static async Task<IReadOnlyList<ModelVersion>> ListVersionsAsync(IModelVersionService versions, string name, CancellationToken ct)
    {
        // Double quotes keep a name with an apostrophe intact; names with both quote kinds are vanishingly rare.
        var quoted = name.Contains('\'', StringComparison.Ordinal) ? $"\"{name}\"" : $"'{name}'";
        var all = new List<ModelVersion>();
        string? token = null;
        do
        {
            var page = await versions.SearchAsync(new SearchRequest($"name = {quoted}", MaxResults: 1000, PageToken: token), ct);
            all.AddRange(page.Items);
            token = page.NextPageToken;
        }
        while (token is not null);
        return all.Where(v => v.Name == name).OrderByDescending(v => v.Version).ToList();
    }

    private static Command List(CommandContext context)
    {
        var command = new Command("list", "List registered models with their latest version, stages and aliases");
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var models = new List<RegisteredModel>();
            string? token = null;
            do
            {
                var page = await connection.Models.SearchAsync(new SearchRequest(MaxResults: 1000, PageToken: token), ct);
                models.AddRange(page.Items);
                token = page.NextPageToken;
            }
            while (token is not null);
            if (context.IsJson(parse))
            {
                JsonOutput.Models(context.Terminal, models);
                return;
            }
            if (models.Count == 0)
            {
                context.Terminal.MarkupLine("[grey]No registered models yet. 'osprey demo' registers one.[/]");
                return;
            }
            context.Terminal.Write(ModelTables.List(models));
        });
        return command;
    }

    private static Command Show(CommandContext context)
    {
        var name = new Argument<string>("name") { Description = "The registered model's name" };
        var command = new Command("show", "Show a registered model with its versions, stages and aliases") { name };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var model = await connection.Models.GetAsync(parse.GetRequiredValue(name), ct);
            var versions = await ListVersionsAsync(connection.Versions, model.Name, ct);
            if (context.IsJson(parse))
            {
                JsonOutput.Model(context.Terminal, model, versions);
                return;
            }
            context.Terminal.Write(ModelTables.Detail(model, versions));
        });
        return command;
    }

    private static Command Versions(CommandContext context)
    {
        var name = new Argument<string>("name") { Description = "The registered model's name" };
        var command = new Command("versions", "List a model's versions, newest first") { name };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var model = await connection.Models.GetAsync(parse.GetRequiredValue(name), ct);
            var versions = await ListVersionsAsync(connection.Versions, model.Name, ct);
            if (context.IsJson(parse))
            {
                JsonOutput.Versions(context.Terminal, versions);
                return;
            }
            context.Terminal.Write(ModelTables.Versions(versions));
        });
        return command;
    }

    private static Command Resolve(CommandContext context)
    {
        var uri = new Argument<string>("uri") { Description = "models:/name/3, models:/name/latest, models:/name/Production or models:/name@alias" };
        var command = new Command("resolve", "Resolve a models:/ URI to the version it names") { uri };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var version = await connection.Versions.ResolveAsync(parse.GetRequiredValue(uri), ct);
            if (context.IsJson(parse))
            {
                JsonOutput.Version(context.Terminal, version);
                return;
            }
            context.Terminal.Write(ModelTables.Versions([version]));
        });
        return command;
    }
}
