using System.Globalization;
using Osprey.Core.Learning.Jobs;
using Osprey.Core.Registry;

namespace Osprey.Core.Pipelines.Tasks.Learning;

/// <summary>Runs <c>promote</c> tasks: moves an alias (and a stage, archiving the old holders) to the candidate only when its run's test metric
/// beats the current holder's by the margin; the reason is recorded with the move. Outputs promoted, reason and the versions compared.</summary>
public sealed class PromoteTaskRunner(JobServicesSource services) : ITaskRunner
{
    /// <inheritdoc/>
    public string Type => LearningTaskTypes.Promote.Name;

    /// <inheritdoc/>
    public async Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var settings = run.Settings;
        var name = settings.Text("model");
        var number = settings.OptionalWholeNumber("version") ?? throw new TaskSettingsException($"tasks.{run.Dispatch.TaskId}.with.version is required and must be a whole number");
        var alias = settings.OptionalText("alias") ?? "champion";
        var metric = settings.OptionalText("metric") ?? "f1";
        var margin = settings.OptionalNumber("margin") ?? 0;
        var stage = settings.OptionalText("stage") ?? "Production";
        var jobs = await services(run, ct);
        var candidate = await jobs.Versions.GetAsync(name, number.ToString(CultureInfo.InvariantCulture), ct);
        var candidateScore = await ScoreAsync(jobs, candidate, metric, ct);
        var holder = await HolderAsync(jobs, name, alias, ct);
        var holderScore = holder is null ? null : await ScoreAsync(jobs, holder, metric, ct);
        var (promoted, reason) = Decide(candidate, candidateScore, holder, holderScore, metric, margin, alias);
        run.Log.Line(reason);
        if (promoted)
        {
            await jobs.Aliases.SetAsync(name, alias, candidate.Version.ToString(CultureInfo.InvariantCulture), reason, ct);
            if (!stage.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                await jobs.Versions.TransitionStageAsync(name, candidate.Version.ToString(CultureInfo.InvariantCulture), stage, archiveExistingVersions: true, reason, ct);
            }
        }
        var outputs = new OutputMap().Add("promoted", promoted).Add("reason", reason).Add("version", candidate.Version).Add("alias", alias);
        outputs.Add("previous_version", holder?.Version);
        outputs.Add("candidate_" + metric, candidateScore);
        outputs.Add("champion_" + metric, holderScore);
        return TaskResult.Succeeded(outputs.Build());
    }

    private static (bool Promoted, string Reason) Decide(
        ModelVersion candidate, double? candidateScore, ModelVersion? holder, double? holderScore, string metric, double margin, string alias)
    {
        var label = string.Create(CultureInfo.InvariantCulture, $"version {candidate.Version} ({metric} {candidateScore:0.####})");
        if (holder is null)
        {
            return (true, $"{label} promoted to {alias}: no version held it");
        }
        if (holder.Version == candidate.Version)
        {
            return (false, $"{label} already holds {alias}");
        }
        if (candidateScore is null)
        {
            return (false, $"version {candidate.Version} has no test_{metric} on its run, so it cannot be compared with version {holder.Version}");
        }
        if (holderScore is null || candidateScore > holderScore + margin)
        {
            return (true, string.Create(CultureInfo.InvariantCulture,
                $"{label} promoted to {alias}: beats version {holder.Version} ({metric} {holderScore:0.####}) by more than {margin}"));
        }
        return (false, string.Create(CultureInfo.InvariantCulture,
            $"{label} not promoted: does not beat version {holder.Version} ({metric} {holderScore:0.####}) by more than {margin}"));
    }

    private static async Task<ModelVersion?> HolderAsync(JobServices jobs, string name, string alias, CancellationToken ct)
    {
        try
        {
            return await jobs.Aliases.GetVersionAsync(name, alias, ct);
        }
        catch (OspreyException failure) when (failure.Code == ErrorCode.NotFound)
        {
            return null;
        }
    }

    private static async Task<double?> ScoreAsync(JobServices jobs, ModelVersion version, string metric, CancellationToken ct)
    {
        if (version.RunId is null)
        {
            return null;
        }
        var run = await jobs.Runs.GetAsync(version.RunId, ct);
        var found = run.Metrics.Where(m => m.Key == $"test_{metric}").ToList();
        return found.Count == 0 ? null : found[0].Value;
    }
}
