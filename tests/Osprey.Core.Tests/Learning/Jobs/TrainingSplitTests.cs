using System.Globalization;
using System.Text;
using Osprey.Core.Data;
using Osprey.Core.Learning.Jobs;
using Osprey.Core.Learning.Models;
using Osprey.Core.Learning.Training;
using Osprey.Core.Tests.Data;
using Xunit;

namespace Osprey.Core.Tests.Learning.Jobs;

public sealed class TrainingSplitTests
{
    private static readonly SplitOptions Split = new() { Strategy = SplitStrategy.Stratified, Column = "label", Seed = 9, TestFraction = 0.25 };

    [Fact]
    public void Rows_TestPartOfTheTrainingData_GivesTheTrainersTestMetrics()
    {
        var table = Labelled(400, missingTargetEvery: 37);
        var outcome = ModelTrainer.Train(table, new TrainingRequest("label") { Split = Split, Parameters = Trees(8) });
        var model = Stamped(outcome.Model);

        var rows = TrainingSplit.Rows(model, table, EvaluationPart.Test);
        var report = ModelTrainer.Evaluate(model, rows);

        Assert.Equal(outcome.Data.TestRows, rows.RowCount);
        Assert.Equal(outcome.Test!.Metrics.OrderBy(m => m.Key), report.Metrics.OrderBy(m => m.Key));
        Assert.Equal(outcome.Data.ValidationRows, TrainingSplit.Rows(model, table, EvaluationPart.Validation).RowCount);
        Assert.Same(table, TrainingSplit.Rows(model, table, EvaluationPart.All));
    }

    [Fact]
    public void Rows_DifferentData_RefusesNamingBothFingerprints()
    {
        var table = Labelled(200, missingTargetEvery: 0);
        var model = Stamped(ModelTrainer.Train(table, new TrainingRequest("label") { Split = Split, Parameters = Trees(3) }).Model);
        var other = Labelled(201, missingTargetEvery: 0);

        var error = Assert.Throws<OspreyException>(() => TrainingSplit.Rows(model, other, EvaluationPart.Test));

        Assert.Contains("differs from the data the model was trained on", error.Message, StringComparison.Ordinal);
        Assert.Contains(DataFingerprinter.Compute(other).ShortDigest, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_ModelWithoutARecordedSplit_SaysSo()
    {
        var table = Labelled(200, missingTargetEvery: 0);
        var model = ModelTrainer.Train(table, new TrainingRequest("label") { Parameters = Trees(3) }).Model;

        var error = Assert.Throws<OspreyException>(() => TrainingSplit.Rows(model, table, EvaluationPart.Train));

        Assert.Contains("records no training split", error.Message, StringComparison.Ordinal);
    }

    private static TrainedModel Stamped(TrainedModel model)
    {
        var metadata = new Dictionary<string, string>(model.Info.Metadata);
        foreach (var (key, value) in TrainingSplit.Describe(Split))
        {
            metadata[key] = value;
        }
        return new TrainedModel(model.Info with { Metadata = metadata }, model.Encoder, model.Predictor);
    }

    private static Dictionary<string, string> Trees(int count) => new() { ["trees"] = count.ToString(CultureInfo.InvariantCulture), ["threads"] = "1" };

    private static Table Labelled(int rows, int missingTargetEvery)
    {
        var text = new StringBuilder("x,colour,label\n");
        for (var i = 0; i < rows; i++)
        {
            var x = (i * 37 % 101) / 10.0;
            var label = missingTargetEvery > 0 && i % missingTargetEvery == 0 ? "" : x + (i % 3) > 6 ? "yes" : "no";
            text.Append(CultureInfo.InvariantCulture, $"{x},{(i % 3 == 0 ? "red" : "blue")},{label}\n");
        }
        return CsvText.Parse(text.ToString());
    }
}
