using System.Globalization;
using Osprey.Core.Data;
using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Evaluation;
using Osprey.Core.Learning.Linear;
using Osprey.Core.Learning.Models;
using Osprey.Core.Learning.Preprocessing;

namespace Osprey.Core.Learning.Training;

/// <summary>Trains a model from a table end to end: target encoding, split, feature encoding, fitting, evaluation and the data report.</summary>
public static class ModelTrainer
{
    /// <summary>
    /// Trains as requested; throws <see cref="ErrorCode.InvalidParameter"/> for an unusable target, learner, parameters or split, and
    /// <see cref="OperationCanceledException"/> once <paramref name="ct"/> is cancelled (checked between steps and between iterations).
    /// </summary>
    public static TrainingOutcome Train(Table table, TrainingRequest request, IProgress<BoostingProgress>? progress = null, CancellationToken ct = default)
    {
        var learner = LearnerCatalog.Create(request.Learner, request.Parameters);
        var targetColumn = table[request.Target];
        var target = TargetEncoding.Fit(targetColumn, request.Task);
        var labels = target.Encode(targetColumn);
        var kept = Enumerable.Range(0, labels.Length).Where(r => !double.IsNaN(labels[r])).ToArray();
        var usable = table.Take(kept);
        var split = DataSplitter.Split(usable, SplitFor(request, target));
        var encoder = FeatureEncoder.Fit(usable.Take(split.Train), request.Target, request.Exclude, request.MissingTokens);
        var keptLabels = kept.Select(r => labels[r]).ToArray();
        var train = Encode(encoder, usable, split.Train, keptLabels, target);
        var validation = split.Validation.Length > 0 ? Encode(encoder, usable, split.Validation, keptLabels, target) : null;
        var test = split.Test.Length > 0 ? Encode(encoder, usable, split.Test, keptLabels, target) : null;
        ct.ThrowIfCancellationRequested();
        var fitted = learner.Fit(train, validation, progress, ct);
        ct.ThrowIfCancellationRequested();
        var fingerprint = DataFingerprinter.Compute(table);
        var info = new ModelInfo(learner.Name, target.Task, target.Target, target.Classes, learner.Parameters, new Dictionary<string, string>
        {
            ["data_digest"] = fingerprint.Digest,
            ["data_rows"] = fingerprint.Rows.ToString(CultureInfo.InvariantCulture),
            ["data_schema"] = fingerprint.Schema,
            ["train_rows"] = train.Labels.Length.ToString(CultureInfo.InvariantCulture),
        });
        var model = new TrainedModel(info, encoder, fitted.Predictor);
        var report = new DataReport(fingerprint, table.RowCount, labels.Length - kept.Length, split.Train.Length, split.Validation.Length,
            split.Test.Length, encoder.Columns.Select(c => c.Name).ToArray(), IgnoredColumns(table, encoder, request.Target),
            MissingNotes(usable, encoder, fitted.Predictor));
        return new TrainingOutcome(model, EvaluateSet(model, validation, request.Threshold), EvaluateSet(model, test, request.Threshold),
            fitted.History, fitted.BestIteration, fitted.Importance, report);
    }

    /// <summary>Evaluates a model on a table that holds its target column; rows with a missing or unknown target are skipped.</summary>
    public static EvaluationReport Evaluate(TrainedModel model, Table table, double threshold = 0.5)
    {
        var targetName = model.Info.Target ?? throw OspreyException.Invalid("The model does not name its target column, so it cannot be evaluated.");
        var target = new TargetEncoding(targetName, model.Info.Task, model.Info.Classes);
        var labels = target.Encode(table[targetName]);
        var kept = Enumerable.Range(0, labels.Length).Where(r => !double.IsNaN(labels[r])).ToArray();
        if (kept.Length == 0)
        {
            throw OspreyException.Invalid($"No row has a known value in the target column '{targetName}'.");
        }
        var predictions = model.Predict(table.Take(kept));
        return Evaluator.Evaluate(model.Info.Task, kept.Select(r => labels[r]).ToArray(), predictions, model.Info.Classes.Count, threshold);
    }

    private static SplitOptions SplitFor(TrainingRequest request, TargetEncoding target) =>
        request.Split ?? new SplitOptions
        {
            Strategy = target.Task == LearningTask.Regression ? SplitStrategy.Random : SplitStrategy.Stratified,
            Column = target.Task == LearningTask.Regression ? null : target.Target,
        };

    private static TrainingSet Encode(FeatureEncoder encoder, Table table, int[] rows, double[] labels, TargetEncoding target) =>
        new(encoder.Transform(table.Take(rows), out _), rows.Select(r => labels[r]).ToArray(), target.Task, target.ClassCount);

    private static EvaluationReport? EvaluateSet(TrainedModel model, TrainingSet? set, double threshold) =>
        set is null ? null : Evaluator.Evaluate(set.Task, set.Labels, model.Predictor.Predict(set.Features), set.ClassCount, threshold);

    private static string[] IgnoredColumns(Table table, FeatureEncoder encoder, string target) =>
        table.Columns.Select(c => c.Name).Where(n => n != target && encoder.Columns.All(c => c.Name != n)).ToArray();

    private static MissingValueNote[] MissingNotes(Table usable, FeatureEncoder encoder, IPredictor predictor)
    {
        var notes = new List<MissingValueNote>();
        for (var f = 0; f < encoder.Columns.Count; f++)
        {
            var input = encoder.Columns[f];
            var missing = usable[input.Name].CountMissing();
            if (missing == 0)
            {
                continue;
            }
            var handling = predictor switch
            {
                LinearPredictor when input.Kind == ColumnKind.Categorical => "no category indicator is set (the intercept applies)",
                LinearPredictor linear => $"imputed with the training median {linear.Layout.Impute[f].ToString("R", CultureInfo.InvariantCulture)}",
                _ => "kept as missing; each split sends them the way training found best (learned default direction)",
            };
            notes.Add(new MissingValueNote(input.Name, missing, usable.RowCount, handling));
        }
        return notes.ToArray();
    }
}
