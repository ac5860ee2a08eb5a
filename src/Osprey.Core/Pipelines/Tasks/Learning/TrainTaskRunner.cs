using Osprey.Core.Learning.Jobs;

namespace Osprey.Core.Pipelines.Tasks.Learning;

/// <summary>Runs <c>train</c> tasks with <see cref="TrainingJob"/>; outputs run_id, model_uri, the learner, the test metrics and, when registered, version.</summary>
public sealed class TrainTaskRunner(JobServicesSource services) : ITaskRunner
{
    /// <inheritdoc/>
    public string Type => LearningTaskTypes.Train.Name;

    /// <inheritdoc/>
    public async Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var settings = run.Settings;
        var request = new TrainingJobRequest(new DataFile(run.ResolvePath(settings.Text("data"))), settings.Text("target"))
        {
            Learner = settings.OptionalText("model") ?? "gbdt",
            Parameters = settings.TextMap("params"),
            Experiment = settings.OptionalText("experiment"),
            RunName = settings.OptionalText("run_name"),
            Exclude = [.. settings.List("exclude").Select(e => e.ToString())],
            Seed = settings.OptionalWholeNumber("seed"),
            Gates = OutputMap.Gates(settings, "min_metric"),
            RegisterAs = settings.OptionalText("register"),
        };
        var job = new TrainingJob(await services(run, ct), run.Clock);
        var result = await job.RunAsync(request, null, ct);
        run.Log.Line($"trained {result.Model.Info.Learner} in run {result.RunId} of experiment {result.ExperimentName}; {result.Gate.Describe()}");
        if (!result.Gate.Passed)
        {
            return TaskResult.Failed($"run {result.RunId}: {result.Gate.Describe()}");
        }
        var outputs = new OutputMap()
            .Add("run_id", result.RunId)
            .Add("experiment_id", result.ExperimentId)
            .Add("model", result.Model.Info.Learner)
            .Add("model_uri", OutputMap.ModelReference(result.RunId))
            .AddMetrics(result.Outcome.Test?.Metrics ?? new Dictionary<string, double>());
        if (result.Version is { } version)
        {
            outputs.Add("version", version.Version);
        }
        return TaskResult.Succeeded(outputs.Build());
    }
}
