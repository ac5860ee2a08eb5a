using System.Globalization;
using Osprey.Core.Learning.Jobs;

namespace Osprey.Core.Pipelines.Tasks.Learning;

/// <summary>Runs <c>evaluate</c> tasks: evaluates one model, or each candidate keeping the best by a metric, and fails when the best misses the gate.
/// Outputs the metrics, model_uri, run_id (and best_run_id) and passed.</summary>
public sealed class EvaluateTaskRunner(JobServicesSource services) : ITaskRunner
{
    /// <inheritdoc/>
    public string Type => LearningTaskTypes.Evaluate.Name;

    /// <inheritdoc/>
    public async Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var settings = run.Settings;
        var references = settings.OptionalText("model") is { } single
            ? [single]
            : settings.List("candidates").Select(c => c.ToString()).Where(c => c.Length > 0).ToList();
        if (references.Count == 0)
        {
            throw new TaskSettingsException($"tasks.{run.Dispatch.TaskId}.with.candidates is empty: name at least one model or run id");
        }
        var metric = settings.OptionalText("metric") ?? "f1";
        var gates = OutputMap.Gates(settings, "min_metric");
        var part = ParsePart(run, settings.OptionalText("part"));
        var job = new EvaluationJob(await services(run, ct), run.Clock);
        EvaluationJobResult? best = null;
        foreach (var reference in references.Select(OutputMap.ModelReference))
        {
            var result = await job.RunAsync(new EvaluationJobRequest(reference, new DataFile(run.ResolvePath(settings.Text("data")))) { Part = part, Gates = gates }, ct);
            var score = Score(result, metric);
            run.Log.Line(string.Create(CultureInfo.InvariantCulture, $"{reference}: {metric} = {score:0.####} on {result.Rows} rows ({part.ToString().ToLowerInvariant()})"));
            if (best is null || score > Score(best, metric))
            {
                best = result;
            }
        }
        var outputs = new OutputMap()
            .AddMetrics(best!.Report.Metrics)
            .Add("model_uri", best.Model.Reference)
            .Add("run_id", best.Model.RunId)
            .Add("best_run_id", best.Model.RunId)
            .Add("rows", best.Rows)
            .Add("passed", best.Gate.Passed);
        run.Log.Line($"kept {best.Model.Reference}; {best.Gate.Describe()}");
        return best.Gate.Passed ? TaskResult.Succeeded(outputs.Build()) : new TaskResult(Runs.TaskOutcome.Failed, outputs.Build(), $"{best.Model.Reference}: {best.Gate.Describe()}");
    }

    private static double Score(EvaluationJobResult result, string metric) =>
        result.Report.Metrics.TryGetValue(metric, out var value) && double.IsFinite(value) ? value : double.NegativeInfinity;

    private static EvaluationPart ParsePart(TaskRun run, string? text) => text?.ToLowerInvariant() switch
    {
        null or "test" => EvaluationPart.Test,
        "all" => EvaluationPart.All,
        "train" => EvaluationPart.Train,
        "validation" => EvaluationPart.Validation,
        _ => throw new TaskSettingsException($"tasks.{run.Dispatch.TaskId}.with.part must be all, train, validation or test, got '{text}'"),
    };
}
