using System.Text;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Jobs;
using Osprey.Core.Tests.Data;
using Xunit;

namespace Osprey.Core.Tests.Learning.Jobs;

public sealed class ModelLoaderTests
{
    [Fact]
    public void Parse_XgboostJson_ImportsIt()
    {
        var path = CsvText.RepositoryFile("tests/Osprey.Core.Tests/Learning/Fixtures/multiclass.model.json");

        var model = ModelLoader.Parse(File.ReadAllBytes(path), "multiclass.model.json");

        Assert.Equal(("xgboost", LearningTask.MulticlassClassification), (model.Info.Learner, model.Info.Task));
    }

    [Fact]
    public void Parse_OspreyModelFile_RoundTrips()
    {
        var table = CsvText.Parse("x,label\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"{i},{(i > 20 ? "yes" : "no")}\n")));
        var trained = Core.Learning.Training.ModelTrainer.Train(table, new Core.Learning.Training.TrainingRequest("label") { Learner = "logistic" }).Model;

        var model = ModelLoader.Parse(ModelArtifacts.ModelBytes(trained), "model.json");

        Assert.Equal(trained.Predict(table), model.Predict(table));
    }

    [Fact]
    public void Parse_OtherJson_SaysItIsNotAModel()
    {
        var error = Assert.Throws<OspreyException>(() => ModelLoader.Parse(Encoding.UTF8.GetBytes("""{"hello": "world"}"""), "notes.json"));

        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
        Assert.Contains("notes.json is not", error.Message, StringComparison.Ordinal);
    }
}
