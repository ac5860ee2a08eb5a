using System.CommandLine;
using Osprey.Cli.Pipelines;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.Server.Pipelines.Contracts;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey pipelines runs|status|logs|retry|cancel</c>.</summary>
internal static class PipelinesRunCommands
{
    /// <summary>Adds the run commands to the <c>pipelines</c> group.</summary>
    public static void AddTo(Command pipelines, CommandContext context)
    {
        pipelines.Subcommands.Add(Runs(context));
        pipelines.Subcommands.Add(Status(context));
        pipelines.Subcommands.Add(Logs(context));
        pipelines.Subcommands.Add(Retry(context));
        pipelines.Subcommands.Add(Cancel(context));
    }

    private static Command Runs(CommandContext context)
    {
        var name = new Argument<string?>("pipeline") { Description = "Only this pipeline's runs", Arity = ArgumentArity.ZeroOrOne };
        var status = new Option<string[]>("--status") { Description = "Only runs in this status: queued, running, success, failed, cancelled (repeat for more)" };
        var max = new Option<int>("--max") { Description = "At most this many runs (default 50)", DefaultValueFactory = _ => 50 };
        var command = new Command("runs", "List pipeline runs, newest first") { name, status, max };
        PipelinesCommand.SetAction(context, command, async (parse, pipelines, ct) =>
        {
            var statuses = (parse.GetValue(status) ?? []).Select(RunNames.ParseStatus).ToList();
            var runs = await pipelines.ListRunsAsync(new PipelineRunQuery(parse.GetValue(name), statuses, MaxResults: Math.Max(1, parse.GetValue(max))), ct);
            if (context.IsJson(parse))
            {
                PipelineJson.Write(context.Terminal, new PipelineRunListResponse([.. runs.Select(r => r.ToDto())]));
            }
            else if (runs.Count == 0)
            {
                context.Terminal.MarkupLine("[grey]No runs match.[/]");
            }
            else
            {
                context.Terminal.Write(PipelineTables.Runs(runs, context.Environment.Clock));
            }
        });
        return command;
    }

    private static Command Status(CommandContext context)
    {
        var run = RunArgument();
        var command = new Command("status", "Show a run: its status and every task's state, tries, outputs and messages") { run };
        PipelinesCommand.SetAction(context, command, async (parse, pipelines, ct) =>
        {
            var record = await pipelines.GetRunAsync(PipelineRunId.Parse(parse.GetRequiredValue(run)), ct);
            if (context.IsJson(parse))
            {
                PipelineJson.Write(context.Terminal, record.ToDto());
                return;
            }
            context.Terminal.Write(PipelineTables.Run(record, context.Environment.Clock));
        });
        return command;
    }

    private static Command Logs(CommandContext context)
    {
        var run = RunArgument();
        var task = new Argument<string>("task") { Description = "The task's id" };
        var tryNumber = new Option<int?>("--try") { Description = "Which try (default: the latest)" };
        var command = new Command("logs", "Print the log of a task's try") { run, task, tryNumber };
        PipelinesCommand.SetAction(context, command, async (parse, pipelines, ct) =>
        {
            var log = await pipelines.ReadLogAsync(PipelineRunId.Parse(parse.GetRequiredValue(run)), parse.GetRequiredValue(task), parse.GetValue(tryNumber), ct);
            if (context.IsJson(parse))
            {
                PipelineJson.Write(context.Terminal, log.ToDto());
                return;
            }
            if (log.Truncated)
            {
                context.Terminal.MarkupLine($"[grey](the start of {Markup.Escape(log.Path)} is left out)[/]");
            }
            context.Terminal.Out.Profile.Out.Writer.Write(log.Text);
            context.Terminal.Out.Profile.Out.Writer.Flush();
        });
        return command;
    }

    private static Command Retry(CommandContext context)
    {
        var run = RunArgument();
        var failedOnly = new Option<bool>("--failed-only") { Description = "Run again only the failed, timed-out, cancelled and upstream_failed tasks" };
        var tasks = new Option<string[]>("--task") { Description = "Run again this task (repeat for more); its downstream tasks run again too" };
        var command = new Command("retry", "Run tasks of a run again with a fresh retry budget (all of them unless --failed-only or --task)") { run, failedOnly, tasks };
        PipelinesCommand.SetAction(context, command, async (parse, pipelines, ct) =>
        {
            var record = await pipelines.RetryAsync(PipelineRunId.Parse(parse.GetRequiredValue(run)), parse.GetValue(tasks) ?? [], parse.GetValue(failedOnly), ct);
            var again = record.Tasks.Count(t => t.State is Core.Pipelines.Runs.TaskState.None or Core.Pipelines.Runs.TaskState.Queued);
            context.Terminal.MarkupLine($"Run [bold]{record.Id}[/] is {PipelineText.Status(record.Status)}; {again} tasks will run again.");
        });
        return command;
    }

    private static Command Cancel(CommandContext context)
    {
        var run = RunArgument();
        var command = new Command("cancel", "Cancel a queued or running run, killing its running tries") { run };
        PipelinesCommand.SetAction(context, command, async (parse, pipelines, ct) =>
        {
            var record = await pipelines.CancelAsync(PipelineRunId.Parse(parse.GetRequiredValue(run)), ct);
            context.Terminal.MarkupLine($"Run [bold]{record.Id}[/] is {PipelineText.Status(record.Status)}.");
        });
        return command;
    }

    private static Argument<string> RunArgument() => new("run") { Description = "The run's id" };
}
