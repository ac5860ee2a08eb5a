using Osprey.Core.Monitoring.Performance;
using Osprey.Core.Monitoring.Triggers;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Tasks.Learning;

namespace Osprey.Core.Pipelines.Tasks.Monitoring;

/// <summary>Runs <c>performance_check</c> tasks: evaluates the model, records the <c>model_*</c> and <c>prediction_distribution</c> series,
/// starts the <c>retrain</c> pipeline when the verdict is Degraded (within its cooldown at most once, keyed by pipeline and task),
/// and outputs the verdict, counts, the newest version's metrics and what the trigger did. Without <paramref name="trigger"/>, the run is started in the
/// workspace the stores belong to; a worker passes a trigger that starts it through its server, so the scheduler sees it at once.</summary>
public sealed class PerformanceCheckTaskRunner(PerformanceCheckStores stores, TaskTypeCatalog? types = null, IRetrainTrigger? trigger = null) : ITaskRunner
{
    /// <summary>The cooldown when <c>retrain</c> gives none.</summary>
    public static readonly TimeSpan DefaultCooldown = TimeSpan.FromHours(24);

    /// <inheritdoc/>
    public string Type => PerformanceCheckTaskType.Type.Name;

    /// <inheritdoc/>
    public async Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var options = Options(run.Settings);
        var workspace = await stores(run, ct);
        var monitor = new PerformanceMonitor(workspace, run.Clock);
        var report = await monitor.EvaluateAsync(options, ct);
        await monitor.RecordAsync(report, ct);
        foreach (var version in report.Versions)
        {
            run.Log.Line($"version {version.Version}: {version.Verdict}, {version.Labelled} labelled of {version.Predictions} ({version.Unlabelled} awaiting ground truth); "
                + string.Join(", ", version.Checks.Select(c => $"{c.Condition}: {(c.Breached ? "breached" : "ok")}")));
        }
        var outputs = new OutputMap().Add("verdict", report.Verdict.ToString()).Add("degraded", report.Verdict == PerformanceVerdict.Degraded)
            .Add("labelled", report.Versions.Sum(v => v.Labelled)).Add("unlabelled", report.Versions.Sum(v => v.Unlabelled));
        if (report.Versions.Count > 0)
        {
            outputs.Add("version", report.Versions[^1].Version).AddMetrics(report.Versions[^1].Metrics);
        }
        if (report.Verdict == PerformanceVerdict.Degraded && run.Settings.Value("retrain") is not null)
        {
            var outcome = await RetrainAsync(run, workspace, report, ct);
            run.Log.Line(outcome.Explanation);
            outputs.Add("retrain_fired", outcome.Fired).Add("retrain_run_id", outcome.PipelineRunId).Add("retrain_explanation", outcome.Explanation);
        }
        var summary = $"{options.Model}: {report.Verdict}";
        return report.Verdict == PerformanceVerdict.Degraded && run.Settings.Boolean("fail_on_degraded", false)
            ? TaskResult.Failed($"{summary} ({string.Join("; ", Breaches(report))})")
            : TaskResult.Succeeded(outputs.Build(), summary);
    }

    private static PerformanceOptions Options(TaskSettings settings) => new(
        settings.Text("model"),
        settings.OptionalDuration("window") ?? TimeSpan.FromDays(7),
        settings.OptionalDuration("bucket") ?? TimeSpan.FromDays(1),
        PerformanceCheckTaskType.Thresholds(settings.Value("thresholds")),
        settings.OptionalWholeNumber("version") is { } version ? checked((int)version) : null,
        settings.OptionalWholeNumber("min_labelled") is { } min ? checked((int)min) : PerformanceOptions.DefaultMinLabelled,
        settings.OptionalText("positive_class"));

    private async Task<RetrainOutcome> RetrainAsync(TaskRun run, WorkspaceStores workspace, PerformanceReport report, CancellationToken ct)
    {
        var retrain = run.Settings.TextMap("retrain");
        if (!retrain.TryGetValue("pipeline", out var pipeline) || string.IsNullOrWhiteSpace(pipeline))
        {
            throw new TaskSettingsException($"tasks.{run.Dispatch.TaskId}.with.retrain.pipeline is required: the pipeline to start when performance degrades");
        }
        var cooldown = DefaultCooldown;
        if (retrain.TryGetValue("cooldown", out var text) && !DurationText.TryParse(text, out cooldown))
        {
            throw new TaskSettingsException($"tasks.{run.Dispatch.TaskId}.with.retrain.cooldown must be a duration such as 24h, got '{text}'");
        }
        var retrainTrigger = trigger
            ?? new PipelineRetrainTrigger(new PipelineService(workspace, run.Home, run.Clock, types ?? LearningTaskTypes.Catalog), workspace.RetrainCooldowns, run.Clock);
        var monitorName = $"{run.Dispatch.Pipeline}.{run.Dispatch.TaskId}";
        return await retrainTrigger.FireAsync(new RetrainRequest(monitorName, pipeline, cooldown, $"{report.Model} is degraded: {string.Join("; ", Breaches(report))}"), ct);
    }

    private static IEnumerable<string> Breaches(PerformanceReport report) =>
        report.Versions.SelectMany(v => v.Checks.Where(c => c.Breached).Select(c =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"version {v.Version} {c.Metric} {c.Value:0.####} ({c.Condition})")));
}
