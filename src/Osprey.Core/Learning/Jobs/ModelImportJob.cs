using System.Globalization;
using Osprey.Core.Data;
using Osprey.Core.Learning.Evaluation;
using Osprey.Core.Learning.Import;
using Osprey.Core.Learning.Models;
using Osprey.Core.Learning.Training;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;

namespace Osprey.Core.Learning.Jobs;

/// <summary>Brings a model trained elsewhere (XGBoost's <c>save_model("model.json")</c>) into a run, in Osprey's model format, and registers it.</summary>
public sealed class ModelImportJob(JobServices services, TimeProvider clock)
{
    /// <summary>Runs the import; bad input throws before a run is created, later failures end the run FAILED with the reason and rethrow.</summary>
    public async Task<ModelImportResult> RunAsync(ModelImportRequest request, CancellationToken ct)
    {
        Registration.Validate(request.RegisterAs, request.Alias);
        if (request.Gates.Count > 0 && request.Data is null)
        {
            throw OspreyException.Invalid("A gate needs data to evaluate the imported model on: give --data and --target.");
        }
        var model = XgboostImporter.Import(request.ModelPath);
        var (table, report) = Evaluate(request, ref model);
        var registration = new Registration(services);
        var (experimentId, experimentName) = await registration.EnsureExperimentAsync(request.Experiment, ct);
        var tags = new List<Tag>
        {
            new(TrainingJob.ModelTypeTag, model.Info.Learner), new("mlflow.source.name", "osprey train --model xgboost-json"), new("mlflow.source.type", "LOCAL"),
        };
        var run = await services.Runs.CreateAsync(new CreateRunRequest(experimentId, request.RunName, Tags: tags), ct);
        var recorder = new RunRecorder(services.Runs, services.Artifacts, run.Info.RunId.Value, clock);
        try
        {
            model = Stamp(model, recorder.RunId, request.Threshold);
            await recorder.LogParamsAsync(Params(model, request), ct);
            await LogEvaluationAsync(recorder, request, table, report, ct);
            var bytes = ModelArtifacts.ModelBytes(model);
            await recorder.WriteArtifactAsync(ModelArtifacts.ModelPath, bytes, ct);
            await recorder.WriteArtifactAsync(ModelArtifacts.DescriptorPath, ModelArtifacts.Descriptor(model, recorder.RunId, bytes.Length, clock.GetUtcNow()), ct);
            var gate = GateResult.Check(request.Gates, report?.Metrics ?? new Dictionary<string, double>());
            var version = await ConcludeAsync(recorder, registration, request, gate, ct);
            return new ModelImportResult(experimentId, experimentName, recorder.RunId, run.Info.RunName, model, report, gate, version);
        }
        catch (Exception error)
        {
            await recorder.FailAsync(error);
            throw;
        }
    }

    private static (Table? Table, EvaluationReport? Report) Evaluate(ModelImportRequest request, ref TrainedModel model)
    {
        if (request.Data is null)
        {
            return (null, null);
        }
        var table = request.Data.Read(new CsvOptions { MissingTokens = model.Encoder.MissingTokens });
        model = EvaluationJob.WithTarget(model, request.Target, table);
        return (table, ModelTrainer.Evaluate(model, table, request.Threshold));
    }

    private async Task LogEvaluationAsync(RunRecorder recorder, ModelImportRequest request, Table? table, EvaluationReport? report, CancellationToken ct)
    {
        if (table is null || report is null || request.Data is null)
        {
            return;
        }
        // An imported model has no held-out split of its own: the given file is its test set.
        await recorder.LogMetricsAsync(report.Metrics, "test_", 0, ct);
        var input = DatasetDescription.Describe(request.Data, DataFingerprinter.Compute(table), table, null, "evaluation");
        await services.Runs.LogInputsAsync(recorder.RunId, [input], ct);
        await recorder.SetTagsAsync([KeyValuePair.Create(TrainingJob.DataPathTag, request.Data.FullPath)], ct);
    }

    private static async Task<ModelVersion?> ConcludeAsync(RunRecorder recorder, Registration registration, ModelImportRequest request, GateResult gate, CancellationToken ct)
    {
        if (gate.Gates.Count > 0)
        {
            await recorder.SetTagsAsync([KeyValuePair.Create(TrainingJob.GateTag, gate.Passed ? "passed" : "failed"), KeyValuePair.Create(TrainingJob.GateResultTag, gate.Describe())], ct);
        }
        if (!gate.Passed)
        {
            await recorder.EndAsync(RunStatus.Failed, ct);
            return null;
        }
        ModelVersion? version = null;
        if (request.RegisterAs is { } name)
        {
            var description = $"Imported from the XGBoost model {Path.GetFileName(request.ModelPath)} by 'osprey train --model xgboost-json'.";
            version = await registration.RegisterAsync(name, recorder.RunId, request.Alias, description, [], ct);
        }
        await recorder.EndAsync(RunStatus.Finished, ct);
        return version;
    }

    private static List<KeyValuePair<string, string>> Params(TrainedModel model, ModelImportRequest request)
    {
        var list = new List<KeyValuePair<string, string>> { KeyValuePair.Create("learner", model.Info.Learner) };
        list.AddRange(model.Info.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal));
        list.Add(KeyValuePair.Create("task", ModelArtifacts.TaskName(model.Info.Task)));
        list.Add(KeyValuePair.Create("imported_from", Path.GetFullPath(request.ModelPath)));
        if (model.Info.Target is { } target)
        {
            list.Add(KeyValuePair.Create("target", target));
        }
        list.Add(KeyValuePair.Create("threshold", request.Threshold.ToString("R", CultureInfo.InvariantCulture)));
        return list;
    }

    private static TrainedModel Stamp(TrainedModel model, string runId, double threshold)
    {
        var metadata = new Dictionary<string, string>(model.Info.Metadata, StringComparer.Ordinal)
        {
            [ModelMetadata.RunId] = runId,
            [ModelMetadata.Threshold] = threshold.ToString("R", CultureInfo.InvariantCulture),
        };
        return new TrainedModel(model.Info with { Metadata = metadata }, model.Encoder, model.Predictor);
    }
}
