using Osprey.Core.Data;
using Osprey.Core.Learning.Models;
using Osprey.Core.Learning.Preprocessing;
using Osprey.Core.Learning.Training;

namespace Osprey.Core.Learning.Jobs;

/// <summary>Evaluates a stored model on a CSV file that has the target column, checks gates, and optionally logs the result to the model's run.</summary>
public sealed class EvaluationJob(JobServices services, TimeProvider clock)
{
    /// <summary>The prefix of metrics logged to the model's run.</summary>
    public const string MetricPrefix = "eval_";

    /// <summary>Runs the evaluation; throws <see cref="ErrorCode.InvalidParameter"/> for data the model cannot be evaluated on.</summary>
    public async Task<EvaluationJobResult> RunAsync(EvaluationJobRequest request, CancellationToken ct)
    {
        var loaded = await new ModelLoader(services).LoadAsync(request.Model, ct);
        if (request.LogToRun && loaded.RunId is null)
        {
            throw OspreyException.Invalid("--log-to-run needs a model from the registry or a run (models:/... or runs:/...); a model file has no run to log to.");
        }
        var table = request.Data.Read(new CsvOptions { MissingTokens = loaded.Model.Encoder.MissingTokens });
        var model = WithTarget(loaded.Model, request.Target, table);
        var rows = TrainingSplit.Rows(model, table, request.Part);
        var threshold = request.Threshold ?? ModelMetadata.ThresholdOf(model);
        var report = ModelTrainer.Evaluate(model, rows, threshold);
        var target = new TargetEncoding(model.Info.Target!, model.Info.Task, model.Info.Classes).Encode(rows[model.Info.Target!]);
        var evaluated = target.Count(label => !double.IsNaN(label));
        var gate = GateResult.Check(request.Gates, report.Metrics);
        if (request.LogToRun)
        {
            await LogAsync(loaded.RunId!, request, model, rows, report, gate, ct);
        }
        return new EvaluationJobResult(loaded with { Model = model }, report, evaluated, request.Part, threshold, gate, request.LogToRun ? loaded.RunId : null);
    }

    private async Task LogAsync(string runId, EvaluationJobRequest request, TrainedModel model, Table rows, Evaluation.EvaluationReport report, GateResult gate, CancellationToken ct)
    {
        var recorder = new RunRecorder(services.Runs, services.Artifacts, runId, clock);
        await recorder.LogMetricsAsync(report.Metrics, MetricPrefix, 0, ct);
        var fingerprint = DataFingerprinter.Compute(rows);
        await services.Runs.LogInputsAsync(runId, [DatasetDescription.Describe(request.Data, fingerprint, rows, null, "evaluation")], ct);
        await recorder.WriteArtifactAsync($"evaluations/{fingerprint.ShortDigest}.json",
            ModelArtifacts.Evaluations(model.Info.Classes, [(TrainingSplit.Name(request.Part), report)]), ct);
        if (gate.Gates.Count > 0)
        {
            await recorder.SetTagsAsync([KeyValuePair.Create("osprey.eval.gate", gate.Passed ? "passed" : "failed"), KeyValuePair.Create("osprey.eval.gate.result", gate.Describe())], ct);
        }
    }

    // Imported models name no target and call their classes 0, 1, ...; --target names the column, whose own class names then apply.
    internal static TrainedModel WithTarget(TrainedModel model, string? target, Table table)
    {
        var name = target ?? model.Info.Target ?? throw OspreyException.Invalid(
            "The model does not name its target column (it was imported); give the column with --target.");
        table.Schema.Get(name);
        var classes = model.Info.Classes;
        if (model.Info.Learner == "xgboost" && model.Info.Task != LearningTask.Regression)
        {
            classes = ClassesOf(table[name], model.Info.Task) is { } named && named.Count == classes.Count ? named : classes;
        }
        return new TrainedModel(model.Info with { Target = name, Classes = classes }, model.Encoder, model.Predictor);
    }

    private static IReadOnlyList<string>? ClassesOf(Column target, LearningTask task)
    {
        try
        {
            return TargetEncoding.Fit(target, task).Classes;
        }
        catch (OspreyException)
        {
            // Data with a single class keeps the model's own class names.
            return null;
        }
    }
}
