using System.Globalization;
using Osprey.Core.Data;
using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Models;
using Osprey.Core.Learning.Preprocessing;
using Osprey.Core.Learning.Training;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;

namespace Osprey.Core.Learning.Jobs;

/// <summary>
/// Trains a model on a CSV file and records everything in a run: params, the validation curve, test metrics, the data set input,
/// feature importance and the model folder; checks the gates and registers the model when they pass.
/// </summary>
public sealed class TrainingJob(JobServices services, TimeProvider clock)
{
    /// <summary>The run tag naming the learner.</summary>
    public const string ModelTypeTag = "osprey.model.type";

    /// <summary>The run tag holding the training data's full path.</summary>
    public const string DataPathTag = "osprey.data.path";

    /// <summary>The run tag saying whether the gates passed or failed.</summary>
    public const string GateTag = "osprey.gate";

    /// <summary>The run tag holding the gate's one-line outcome.</summary>
    public const string GateResultTag = "osprey.gate.result";

    /// <summary>Gets the shortest time between two log-batch calls of the validation curve.</summary>
    public TimeSpan CurveInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs the job. Bad input (learner, parameters, data, target, split, names) throws before a run is created; a failure after that
    /// ends the run FAILED (KILLED when cancelled) with the reason in <see cref="RunRecorder.ErrorTag"/> and rethrows.
    /// </summary>
    public async Task<TrainingJobResult> RunAsync(TrainingJobRequest request, IProgress<BoostingProgress>? progress, CancellationToken ct)
    {
        Registration.Validate(request.RegisterAs, request.Alias);
        var parameters = EffectiveParameters(request);
        var learner = LearnerCatalog.Create(request.Learner, parameters);
        var table = request.Data.Read(null, out var csv);
        var target = TargetEncoding.Fit(table[request.Target]);
        var split = SplitFor(request, target);
        split.Validate();
        if (request.Gates.Count > 0 && split.TestFraction <= 0)
        {
            throw OspreyException.Invalid("A gate checks the test metrics, so the test fraction must be above 0.");
        }
        var registration = new Registration(services);
        var (experimentId, experimentName) = await registration.EnsureExperimentAsync(request.Experiment, ct);
        var run = await services.Runs.CreateAsync(new CreateRunRequest(experimentId, request.RunName, Tags: RunTags(learner.Name, request)), ct);
        var recorder = new RunRecorder(services.Runs, services.Artifacts, run.Info.RunId.Value, clock);
        try
        {
            await recorder.LogParamsAsync(Params(learner, request, target, split), ct);
            var training = new TrainingRequest(request.Target)
            {
                Learner = learner.Name, Parameters = parameters, Task = target.Task, Split = split, Exclude = request.Exclude, Threshold = request.Threshold,
                MissingTokens = csv.MissingTokens,
            };
            var (outcome, calls) = await FitAsync(table, training, recorder.RunId, progress, ct);
            // Defaults that depend on the data (a forest's max_features) are known only now.
            var late = outcome.Model.Info.Parameters.Where(p => !learner.Parameters.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            if (late.Count > 0)
            {
                await recorder.LogParamsAsync(late, ct);
            }
            var model = Stamp(outcome.Model, split, request.Threshold, recorder.RunId);
            var input = DatasetDescription.Describe(request.Data, outcome.Data.Fingerprint, table, outcome.Data, "training");
            await services.Runs.LogInputsAsync(recorder.RunId, [input], ct);
            await LogResultsAsync(recorder, outcome, model, ct);
            var gate = GateResult.Check(request.Gates, outcome.Test?.Metrics ?? new Dictionary<string, double>());
            var version = await ConcludeAsync(recorder, registration, request, gate, ct);
            return new TrainingJobResult(experimentId, experimentName, recorder.RunId, run.Info.RunName, outcome, model, gate, version, calls);
        }
        catch (OperationCanceledException error) when (ct.IsCancellationRequested)
        {
            await recorder.FailAsync(error);
            throw new OperationCanceledException($"Training was interrupted; run {recorder.RunId} is marked KILLED and nothing was registered.", error, ct);
        }
        catch (Exception error)
        {
            await recorder.FailAsync(error);
            throw;
        }
    }

    private async Task<(TrainingOutcome Outcome, int Calls)> FitAsync(
        Table table, TrainingRequest training, string runId, IProgress<BoostingProgress>? progress, CancellationToken ct)
    {
        var curve = new IterationMetrics(services.Runs, runId, clock, CurveInterval, progress, ct);
        TrainingOutcome outcome;
        try
        {
            outcome = await Task.Run(() => ModelTrainer.Train(table, training, curve, ct), ct);
        }
        catch
        {
            // The training error is the one to report; a logging failure of the curve would only hide it.
            await Task.WhenAny(curve.CompleteAsync());
            throw;
        }
        await curve.CompleteAsync();
        return (outcome, curve.Calls);
    }

    private static async Task<ModelVersion?> ConcludeAsync(RunRecorder recorder, Registration registration, TrainingJobRequest request, GateResult gate, CancellationToken ct)
    {
        if (!gate.Passed)
        {
            await recorder.SetTagsAsync([KeyValuePair.Create(GateTag, "failed"), KeyValuePair.Create(GateResultTag, gate.Describe())], ct);
            await recorder.EndAsync(RunStatus.Failed, ct);
            return null;
        }
        if (gate.Gates.Count > 0)
        {
            await recorder.SetTagsAsync([KeyValuePair.Create(GateTag, "passed"), KeyValuePair.Create(GateResultTag, gate.Describe())], ct);
        }
        ModelVersion? version = null;
        if (request.RegisterAs is { } name)
        {
            var description = $"Trained by 'osprey train' ({request.Learner} on {Path.GetFileName(request.Data.Path)}, target {request.Target}).";
            version = await registration.RegisterAsync(name, recorder.RunId, request.Alias, description, [], ct);
        }
        await recorder.EndAsync(RunStatus.Finished, ct);
        return version;
    }

    private async Task LogResultsAsync(RunRecorder recorder, TrainingOutcome outcome, TrainedModel model, CancellationToken ct)
    {
        if (outcome.Test is { } test)
        {
            await recorder.LogMetricsAsync(test.Metrics, "test_", 0, ct);
        }
        if (outcome.BestIteration is { } best)
        {
            await recorder.LogMetricsAsync(new Dictionary<string, double> { ["best_iteration"] = best }, "", 0, ct);
        }
        var bytes = ModelArtifacts.ModelBytes(model);
        await recorder.WriteArtifactAsync(ModelArtifacts.ModelPath, bytes, ct);
        await recorder.WriteArtifactAsync(ModelArtifacts.DescriptorPath, ModelArtifacts.Descriptor(model, recorder.RunId, bytes.Length, clock.GetUtcNow()), ct);
        await recorder.WriteArtifactAsync(ModelArtifacts.ImportancePath, ModelArtifacts.Importance(outcome.Importance, model.Info.Learner), ct);
        await recorder.WriteArtifactAsync(ModelArtifacts.EvaluationPath,
            ModelArtifacts.Evaluations(model.Info.Classes, [("validation", outcome.Validation), ("test", outcome.Test)]), ct);
    }

    private static Dictionary<string, string> EffectiveParameters(TrainingJobRequest request)
    {
        var parameters = new Dictionary<string, string>(request.Parameters, StringComparer.Ordinal);
        // One --seed fixes the whole job: the split, and the learner's sampling when it has any and no seed parameter was given.
        if (request.Seed is { } seed && !parameters.ContainsKey("seed") && LearnerCatalog.Create(request.Learner).Parameters.ContainsKey("seed"))
        {
            parameters["seed"] = seed.ToString(CultureInfo.InvariantCulture);
        }
        return parameters;
    }

    private static SplitOptions SplitFor(TrainingJobRequest request, TargetEncoding target)
    {
        var strategy = request.Split ?? (target.Task == LearningTask.Regression ? SplitStrategy.Random : SplitStrategy.Stratified);
        return new SplitOptions
        {
            Strategy = strategy,
            Column = strategy == SplitStrategy.Random ? null : request.SplitColumn ?? (strategy == SplitStrategy.Stratified ? request.Target : null),
            Seed = request.Seed ?? 42,
            ValidationFraction = request.ValidationFraction,
            TestFraction = request.TestFraction,
        };
    }

    private static List<KeyValuePair<string, string>> Params(ILearner learner, TrainingJobRequest request, TargetEncoding target, SplitOptions split)
    {
        var list = new List<KeyValuePair<string, string>> { KeyValuePair.Create("learner", learner.Name) };
        list.AddRange(learner.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal));
        list.Add(KeyValuePair.Create("target", request.Target));
        list.Add(KeyValuePair.Create("task", ModelArtifacts.TaskName(target.Task)));
        list.AddRange(TrainingSplit.Describe(split));
        list.Add(KeyValuePair.Create("threshold", request.Threshold.ToString("R", CultureInfo.InvariantCulture)));
        if (request.Exclude.Count > 0)
        {
            list.Add(KeyValuePair.Create("exclude", string.Join(",", request.Exclude)));
        }
        return list;
    }

    private static List<Tag> RunTags(string learner, TrainingJobRequest request) =>
    [
        new(ModelTypeTag, learner),
        new(DataPathTag, request.Data.FullPath),
        new("osprey.target", request.Target),
        new("mlflow.source.name", "osprey train"),
        new("mlflow.source.type", "LOCAL"),
    ];

    private static TrainedModel Stamp(TrainedModel model, SplitOptions split, double threshold, string runId)
    {
        var metadata = new Dictionary<string, string>(model.Info.Metadata, StringComparer.Ordinal) { [ModelMetadata.RunId] = runId };
        foreach (var (key, value) in TrainingSplit.Describe(split))
        {
            metadata[key] = value;
        }
        metadata[ModelMetadata.Threshold] = threshold.ToString("R", CultureInfo.InvariantCulture);
        return new TrainedModel(model.Info with { Metadata = metadata }, model.Encoder, model.Predictor);
    }
}
