using System.CommandLine;
using Osprey.Cli.Commands;
using Osprey.Core;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Tasks.Learning;
using Osprey.Server.Pipelines;
using Spectre.Console;

namespace Osprey.Cli.Pipelines;

/// <summary>Builds <c>osprey run FILE</c>: runs one pipeline now, in the foreground, on worker processes, with a live view of its tasks;
/// exits 0 when the run succeeds and 1 when it fails or is cancelled.</summary>
internal static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CommandContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The pipeline's YAML file" };
        var param = new Option<string[]>("--param") { Description = "A parameter override name=value (repeat for more)" };
        var workers = new Option<int>("--workers") { Description = "Worker processes to start (default 2)", DefaultValueFactory = _ => PipelineHostOptions.DefaultWorkers };
        var slots = new Option<int>("--slots") { Description = "Tries each worker runs at once (default 4)", DefaultValueFactory = _ => PipelineHostOptions.DefaultSlots };
        var command = new Command("run", "Run a pipeline file now in the foreground and show its tasks live; exits non-zero if the run fails") { file, param, workers, slots };
        command.SetAction(async (parse, ct) =>
        {
            var settings = context.Settings(parse);
            if (settings.IsRemote)
            {
                throw OspreyException.Invalid("'osprey run' runs on the local workspace; to run on a server, register the file there and use 'osprey pipelines trigger'.");
            }
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                throw OspreyException.NotFound($"The file '{path.FullName}' does not exist.");
            }
            var pipeline = LoadedPipeline.Load(path.Name, path.FullName, await File.ReadAllTextAsync(path.FullName, ct), LearningTaskTypes.Catalog,
                Path.GetFileNameWithoutExtension(path.Name));
            if (!pipeline.IsValid)
            {
                throw OspreyException.Invalid(string.Join(Environment.NewLine, pipeline.Errors));
            }
            await using var runtime = await ForegroundRuntime.StartAsync(settings.Home, context.Environment.Clock,
                Math.Clamp(parse.GetValue(workers), 1, 64), Math.Clamp(parse.GetValue(slots), 1, 256), ct);
            runtime.Service.Directory.Adopt(pipeline);
            var view = new RunView(context.Terminal, context.Environment.Clock);
            using var watching = runtime.Service.Stepper.Observe(view);
            var run = await runtime.Service.TriggerAsync(pipeline, PipelineJson.Params(parse.GetValue(param)), force: true, ct);
            var final = await FollowAsync(runtime, view, run.Id, ct);
            return Report(context, final);
        });
        return command;
    }

    private static async Task<PipelineRunState> FollowAsync(ForegroundRuntime runtime, RunView view, PipelineRunId runId, CancellationToken ct)
    {
        try
        {
            return await view.FollowAsync(runId, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Ctrl+C: cancel the run so its tries are killed and it is recorded as cancelled, then report the interruption.
            await runtime.Service.CancelAsync(runId, CancellationToken.None);
            throw;
        }
    }

    private static int Report(CommandContext context, PipelineRunState final)
    {
        var record = new PipelineRunRecord(final.Context.RunId, final.Definition.Name, final.Context.Kind, final.Context.Interval, final.Context.Params,
            "", final.Status, null, final.StartedAt ?? DateTimeOffset.MinValue, final.StartedAt, final.EndedAt, 0, final.Tasks, []);
        if (!context.Terminal.Out.Profile.Capabilities.Interactive)
        {
            context.Terminal.Write(PipelineTables.Tasks(record, context.Environment.Clock));
        }
        context.Terminal.MarkupLine($"Run [bold]{final.Context.RunId}[/] of {Markup.Escape(final.Definition.Name)}: {PipelineText.Status(final.Status)} in "
            + PipelineText.Duration(final.StartedAt, final.EndedAt, context.Environment.Clock));
        context.Terminal.MarkupLine($"[grey]Logs: osprey pipelines logs {final.Context.RunId} TASK   Details: osprey pipelines status {final.Context.RunId}[/]");
        if (final.Status == PipelineRunStatus.Success)
        {
            return ExitCodes.Success;
        }
        var failing = final.Tasks.Where(t => t.State is TaskState.Failed or TaskState.TimedOut or TaskState.UpstreamFailed or TaskState.Cancelled)
            .Select(t => $"{t.TaskId} {t.State.Name()}{(t.Message is null ? "" : $" ({t.Message})")}");
        context.Terminal.Fail($"the run {final.Status.ToString().ToLowerInvariant()}: {string.Join("; ", failing)}");
        return ExitCodes.Failure;
    }
}
