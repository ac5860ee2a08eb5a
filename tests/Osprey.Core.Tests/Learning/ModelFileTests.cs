using System.Text;
using Osprey.Core.Data;
using Osprey.Core.Learning.Models;
using Osprey.Core.Learning.Training;
using Osprey.Core.Tests.Data;
using Xunit;

namespace Osprey.Core.Tests.Learning;

public sealed class ModelFileTests
{
    private static readonly Lazy<Table> Telco = new(() => CsvTableReader.Read(CsvText.RepositoryFile("data/telco-churn.csv")));

    private static TrainedModel TrainTelco(string learner, Dictionary<string, string>? parameters = null) =>
        ModelTrainer.Train(Telco.Value, new TrainingRequest("Churn") { Learner = learner, Parameters = parameters ?? [] }).Model;

    private static TrainedModel RoundTrip(TrainedModel model)
    {
        var path = Path.Combine(Path.GetTempPath(), $"osprey-model-{Guid.NewGuid():N}.json");
        try
        {
            ModelFile.Save(model, path);
            return ModelFile.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("gbdt")]
    [InlineData("random_forest")]
    [InlineData("logistic_regression")]
    public void SaveLoad_TelcoModel_ScoresRawRowsIdentically(string learner)
    {
        var model = TrainTelco(learner, learner == "random_forest" ? new() { ["trees"] = "20", ["max_depth"] = "8" } : new() { ["threads"] = "2" });

        var loaded = RoundTrip(model);

        Assert.Equal(model.Predict(Telco.Value), loaded.Predict(Telco.Value));
        Assert.Equal(model.Info.Parameters, loaded.Info.Parameters);
        Assert.Equal(model.Encoder.Columns, loaded.Encoder.Columns, new InputColumnComparer());
        string?[] raw = ["Female", "0", "Yes", "No", "1", "No", "No phone service", "DSL", "No", "Yes", "No", "No", "No", "No", "Month-to-month", "Yes", "Electronic check", "29.85", "29.85"];
        var before = new double[1];
        var after = new double[1];
        model.PredictRow(raw, before);
        loaded.PredictRow(raw, after);
        Assert.Equal(before[0], after[0]);
        Assert.Equal(model.Predict(Telco.Value.Take([0]))[0], before[0], 12);
        raw[^1] = " ";
        model.PredictRow(raw, before);
        raw[^1] = null;
        model.PredictRow(raw, after);
        Assert.Equal(before[0], after[0]);
    }

    [Fact]
    public void PredictRow_UnknownCategory_ScoresLikeAMissingValue()
    {
        var model = TrainTelco("gbdt", new() { ["trees"] = "20" });
        string?[] row = ["Male", "1", "No", "No", "40", "Yes", "Yes", "Fiber optic", "No", "No", "Yes", "No", "Yes", "Yes", "One year", "No", "Bank transfer (automatic)", "99.5", "4000"];
        string?[] unknown = (string?[])row.Clone();
        unknown[14] = "Ten years";
        string?[] missing = (string?[])row.Clone();
        missing[14] = null;
        var a = new double[1];
        var b = new double[1];

        model.PredictRow(unknown, a);
        model.PredictRow(missing, b);

        Assert.Equal(b[0], a[0]);
    }

    [Fact]
    public void PredictRow_MalformedNumber_NamesTheColumn()
    {
        var model = TrainTelco("gbdt", new() { ["trees"] = "5" });
        string?[] row = ["Male", "1", "No", "No", "forty", "Yes", "Yes", "Fiber optic", "No", "No", "Yes", "No", "Yes", "Yes", "One year", "No", "Mailed check", "99.5", "4000"];

        var error = Assert.Throws<OspreyException>(() => model.PredictRow(row, new double[1]));

        Assert.Contains("Column 'tenure' expects an integer value but got 'forty'", error.Message);
    }

    [Fact]
    public void Load_NewerFormatVersion_AsksForAnUpgrade()
    {
        var json = """{"format": "osprey-model", "format_version": 99}""";

        var error = Assert.Throws<OspreyException>(() => ModelFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "future.json"));

        Assert.Contains("future.json has model format version 99", error.Message);
    }

    [Fact]
    public void Load_OtherJson_IsNotAModel()
    {
        var error = Assert.Throws<OspreyException>(() => ModelFile.Load(new MemoryStream(Encoding.UTF8.GetBytes("""{"learner": {}}""")), "other.json"));

        Assert.Contains("other.json is not an Osprey model file", error.Message);
    }

    [Fact]
    public void Load_TruncatedFile_IsRejectedWithTheFileName()
    {
        var stream = new MemoryStream();
        ModelFile.Save(TrainTelco("gbdt", new() { ["trees"] = "3" }), stream);
        var truncated = stream.ToArray()[..(int)(stream.Length / 2)];

        var error = Assert.Throws<OspreyException>(() => ModelFile.Load(new MemoryStream(truncated), "half.json"));

        Assert.Contains("half.json is not a valid Osprey model file", error.Message);
    }

    [Fact]
    public void Load_AbsentFile_IsNotFound()
    {
        var error = Assert.Throws<OspreyException>(() => ModelFile.Load(Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.json")));

        Assert.Equal(ErrorCode.NotFound, error.Code);
    }

    private sealed class InputColumnComparer : IEqualityComparer<Osprey.Core.Learning.Preprocessing.InputColumn>
    {
        public bool Equals(Osprey.Core.Learning.Preprocessing.InputColumn? x, Osprey.Core.Learning.Preprocessing.InputColumn? y) =>
            x!.Name == y!.Name && x.Kind == y.Kind && (x.Categories ?? []).SequenceEqual(y.Categories ?? []);

        public int GetHashCode(Osprey.Core.Learning.Preprocessing.InputColumn obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
