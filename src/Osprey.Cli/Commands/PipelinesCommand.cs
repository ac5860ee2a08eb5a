using System.CommandLine;
using Osprey.Cli.Pipelines;
using Osprey.Server.Pipelines.Contracts;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey pipelines list|show|register|unregister|trigger|pause|unpause</c> and the run commands of <see cref="PipelinesRunCommands"/>.</summary>
internal static class PipelinesCommand
{
    /// <summary>Builds the command and its subcommands.</summary>
    public static Command Build(CommandContext context)
    {
        var command = CommandContext.Group("pipelines", "List, show, trigger, pause and inspect pipelines and their runs (local workspace or --server)");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Register(context));
        command.Subcommands.Add(Unregister(context));
        command.Subcommands.Add(Trigger(context));
        command.Subcommands.Add(Pause(context, "pause", paused: true));
        command.Subcommands.Add(Pause(context, "unpause", paused: false));
        PipelinesRunCommands.AddTo(command, context);
        return command;
    }

    /// <summary>Sets an action that opens the pipeline service (local or remote) for the command.</summary>
    public static void SetAction(CommandContext context, Command command, Func<ParseResult, Core.Pipelines.Execution.IPipelineService, CancellationToken, Task> action) =>
        command.SetAction(async (parse, ct) =>
        {
            await using var connection = await PipelineConnection.OpenAsync(context, parse, ct);
            await action(parse, connection.Service, ct);
            return ExitCodes.Success;
        });

    private static Command List(CommandContext context)
    {
        var command = new Command("list", "List the pipelines of the workspace: the pipelines/ folder and registered ones");
        SetAction(context, command, async (parse, pipelines, ct) =>
        {
            var list = await pipelines.ListAsync(ct);
            if (context.IsJson(parse))
            {
                PipelineJson.Write(context.Terminal, new PipelineListResponse([.. list.Select(p => p.ToDto())]));
            }
            else if (list.Count == 0)
            {
                context.Terminal.MarkupLine("[grey]No pipelines: put YAML files in the workspace's pipelines/ folder or run 'osprey pipelines register FILE'.[/]");
            }
            else
            {
                context.Terminal.Write(PipelineTables.Pipelines(list, context.Environment.Clock));
            }
        });
        return command;
    }

    private static Command Show(CommandContext context)
    {
        var name = new Argument<string>("pipeline") { Description = "The pipeline's name" };
        var command = new Command("show", "Show a pipeline: schedule, tasks, errors and recent runs") { name };
        SetAction(context, command, async (parse, pipelines, ct) =>
        {
            var detail = await pipelines.GetAsync(parse.GetRequiredValue(name), ct);
            if (context.IsJson(parse))
            {
                PipelineJson.Write(context.Terminal, detail.ToDto());
                return;
            }
            context.Terminal.Write(PipelineTables.Detail(detail, context.Environment.Clock));
        });
        return command;
    }

    private static Command Register(CommandContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The pipeline's YAML file" };
        var command = new Command("register", "Store a pipeline's YAML in the workspace (or server) so the scheduler runs it") { file };
        SetAction(context, command, async (parse, pipelines, ct) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                throw Core.OspreyException.NotFound($"The file '{path.FullName}' does not exist.");
            }
            var summary = await pipelines.RegisterAsync(path.Name, await File.ReadAllTextAsync(path.FullName, ct), ct);
            context.Terminal.MarkupLine($"Registered pipeline [bold]{Spectre.Console.Markup.Escape(summary.Name)}[/] ({summary.Tasks} tasks, schedule {Spectre.Console.Markup.Escape(summary.Schedule ?? "none")}).");
        });
        return command;
    }

    private static Command Unregister(CommandContext context)
    {
        var name = new Argument<string>("pipeline") { Description = "The registered pipeline's name" };
        var command = new Command("unregister", "Forget a registered pipeline (its runs stay)") { name };
        SetAction(context, command, async (parse, pipelines, ct) =>
        {
            await pipelines.UnregisterAsync(parse.GetRequiredValue(name), ct);
            context.Terminal.MarkupLine($"Unregistered {Spectre.Console.Markup.Escape(parse.GetRequiredValue(name))}.");
        });
        return command;
    }

    private static Command Trigger(CommandContext context)
    {
        var name = new Argument<string>("pipeline") { Description = "The pipeline's name" };
        var param = new Option<string[]>("--param") { Description = "A parameter override name=value (repeat for more)" };
        var command = new Command("trigger", "Start a manual run now (or queue it, as the pipeline's concurrency says)") { name, param };
        SetAction(context, command, async (parse, pipelines, ct) =>
        {
            var run = await pipelines.TriggerAsync(parse.GetRequiredValue(name), PipelineJson.Params(parse.GetValue(param)), ct);
            if (context.IsJson(parse))
            {
                PipelineJson.Write(context.Terminal, run.ToDto());
                return;
            }
            context.Terminal.MarkupLine($"Run [bold]{run.Id}[/] of {Spectre.Console.Markup.Escape(run.Pipeline)} is {PipelineText.Status(run.Status)}.");
            context.Terminal.MarkupLine($"[grey]Follow it with 'osprey pipelines status {run.Id}'.[/]");
        });
        return command;
    }

    private static Command Pause(CommandContext context, string verb, bool paused)
    {
        var name = new Argument<string>("pipeline") { Description = "The pipeline's name" };
        var command = new Command(verb, paused ? "Stop scheduling a pipeline (manual triggers still run)" : "Resume a pipeline's schedule from now on") { name };
        SetAction(context, command, async (parse, pipelines, ct) =>
        {
            await pipelines.SetPausedAsync(parse.GetRequiredValue(name), paused, ct);
            context.Terminal.MarkupLine($"{Spectre.Console.Markup.Escape(parse.GetRequiredValue(name))} is {(paused ? "paused" : "unpaused")}.");
        });
        return command;
    }
}
