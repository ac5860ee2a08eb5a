using System.Globalization;
using System.Threading.Channels;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Spectre.Console;

namespace Osprey.Cli.Pipelines;

/// <summary>Follows one run as its steps are persisted: a live table of task states on a terminal, one line per task change otherwise.</summary>
internal sealed class RunView(Terminal terminal, TimeProvider clock) : IRunObserver
{
    private readonly Channel<RunStepped> _steps = Channel.CreateUnbounded<RunStepped>(new UnboundedChannelOptions { SingleReader = true });

    public void OnStepped(RunStepped stepped) => _steps.Writer.TryWrite(stepped);

    /// <summary>Shows the run's progress until it finishes; returns its last state.</summary>
    public async Task<PipelineRunState> FollowAsync(PipelineRunId runId, CancellationToken ct)
    {
        if (terminal.Out.Profile.Capabilities.Interactive)
        {
            PipelineRunState? last = null;
            await terminal.Out.Live(new Markup("[grey]starting...[/]")).StartAsync(async live =>
            {
                while (last?.IsFinished != true)
                {
                    last = await NextAsync(runId, ct) ?? last;
                    if (last is not null)
                    {
                        // Redrawn every second too, so the durations of running tasks move.
                        live.UpdateTarget(Table(last));
                        live.Refresh();
                    }
                }
            });
            return last!;
        }
        PipelineRunState? final = null;
        await foreach (var state in ChangesAsync(runId, ct))
        {
            final = state;
        }
        return final!;
    }

    /// <summary>Returns the run's next state, or null when a second passes without one.</summary>
    private async Task<PipelineRunState?> NextAsync(PipelineRunId runId, CancellationToken ct)
    {
        using var tick = CancellationTokenSource.CreateLinkedTokenSource(ct);
        tick.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            while (true)
            {
                var stepped = await _steps.Reader.ReadAsync(tick.Token);
                if (stepped.RunId == runId)
                {
                    return stepped.State;
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Yields the run's states as they are persisted, printing each task change as a line, until it finishes.</summary>
    private async IAsyncEnumerable<PipelineRunState> ChangesAsync(PipelineRunId runId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var stepped in _steps.Reader.ReadAllAsync(ct))
        {
            if (stepped.RunId != runId)
            {
                continue;
            }
            foreach (var transition in stepped.Step.Transitions)
            {
                terminal.Line(string.Create(CultureInfo.InvariantCulture, $"{clock.GetLocalNow():HH:mm:ss.fff}  {transition}"));
            }
            yield return stepped.State;
            if (stepped.State.IsFinished)
            {
                yield break;
            }
        }
    }

    private Table Table(PipelineRunState state)
    {
        var table = new Table().Title($"{Markup.Escape(state.Definition.Name)} run {Markup.Escape(state.Context.RunId.Value)}: {PipelineText.Status(state.Status)}")
            .AddColumns("Task", "Type", "State", "Try", "Duration", "Outputs / message");
        foreach (var task in state.Tasks)
        {
            var note = task.State == TaskState.Success ? PipelineText.Outputs(task.Outputs) : Markup.Escape(task.Message ?? "");
            table.AddRow(Markup.Escape(task.TaskId), Markup.Escape(state.Definition[task.TaskId].Type), PipelineText.State(task.State),
                task.TryNumber == 0 ? "-" : $"{task.TryNumber}/{task.MaxTries}",
                PipelineText.Duration(task.StartedAt, task.State.IsFinished() ? task.EndedAt : null, clock), note.Length > 70 ? note[..69] + "…" : note);
        }
        return table;
    }
}
