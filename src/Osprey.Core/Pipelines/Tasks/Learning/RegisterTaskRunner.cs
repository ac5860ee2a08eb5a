using Osprey.Core.Learning.Jobs;

namespace Osprey.Core.Pipelines.Tasks.Learning;

/// <summary>Runs <c>register</c> tasks: adds runs:/RUN/model as a new version of a registered model; outputs model, version and model_uri.</summary>
public sealed class RegisterTaskRunner(JobServicesSource services) : ITaskRunner
{
    /// <inheritdoc/>
    public string Type => LearningTaskTypes.Register.Name;

    /// <inheritdoc/>
    public async Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var settings = run.Settings;
        var runId = RunIdOf(settings.Text("run_id"));
        var name = settings.Text("model");
        var alias = settings.OptionalText("alias");
        Registration.Validate(name, alias);
        var registration = new Registration(await services(run, ct));
        var description = $"Registered by pipeline {run.Dispatch.Pipeline} (run {run.Dispatch.RunId}, task {run.Dispatch.TaskId}).";
        var version = await registration.RegisterAsync(name, runId, alias, description, [], ct);
        run.Log.Line($"registered run {runId} as {name} version {version.Version}");
        return TaskResult.Succeeded(new OutputMap()
            .Add("model", name)
            .Add("version", version.Version)
            .Add("run_id", runId)
            .Add("model_uri", $"models:/{name}/{version.Version}")
            .Build());
    }

    private static string RunIdOf(string reference) =>
        reference.StartsWith("runs:/", StringComparison.Ordinal) ? reference["runs:/".Length..].Split('/')[0] : reference;
}
