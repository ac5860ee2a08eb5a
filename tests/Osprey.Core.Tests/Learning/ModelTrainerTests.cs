using Osprey.Core.Data;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Training;
using Osprey.Core.Tests.Data;
using Xunit;

namespace Osprey.Core.Tests.Learning;

public sealed class ModelTrainerTests
{
    private static readonly Lazy<Table> Telco = new(() => CsvTableReader.Read(CsvText.RepositoryFile("data/telco-churn.csv")));

    [Fact]
    public void Train_TelcoWithGbdt_ScoresWellAndReportsTheBlankTotalCharges()
    {
        var request = new TrainingRequest("Churn") { Parameters = new Dictionary<string, string> { ["trees"] = "60", ["threads"] = "2" } };

        var outcome = ModelTrainer.Train(Telco.Value, request);

        Assert.Equal(LearningTask.BinaryClassification, outcome.Model.Info.Task);
        Assert.Equal(["No", "Yes"], outcome.Model.Info.Classes);
        Assert.True(outcome.Test!.Metrics["roc_auc"] > 0.8, $"auc {outcome.Test.Metrics["roc_auc"]}");
        var note = Assert.Single(outcome.Data.Missing);
        Assert.Equal(("TotalCharges", 11, 7043), (note.Column, note.Missing, note.Rows));
        Assert.Contains("learned default direction", note.Handling);
        Assert.Contains("customerID", outcome.Data.IgnoredColumns);
        Assert.DoesNotContain("customerID", outcome.Data.Features);
        Assert.Equal(7043, outcome.Data.TrainRows + outcome.Data.ValidationRows + outcome.Data.TestRows);
        Assert.Equal(outcome.Data.Fingerprint.Digest, outcome.Model.Info.Metadata["data_digest"]);
        Assert.Equal(outcome.BestIteration, outcome.History.Count(h => h.Iteration <= outcome.BestIteration));
    }

    [Fact]
    public void Train_TelcoWithLogisticRegression_ImputesTheMedian()
    {
        var outcome = ModelTrainer.Train(Telco.Value, new TrainingRequest("Churn") { Learner = "logistic" });

        Assert.True(outcome.Test!.Metrics["roc_auc"] > 0.8);
        Assert.StartsWith("imputed with the training median", outcome.Data.Missing.Single().Handling);
        Assert.Equal("logistic_regression", outcome.Model.Info.Learner);
    }

    [Fact]
    public void Train_TargetWithOneClass_ExplainsWhy()
    {
        var table = CsvText.Parse("x,label\n1,yes\n2,yes\n3,yes\n");

        var error = Assert.Throws<OspreyException>(() => ModelTrainer.Train(table, new TrainingRequest("label")));

        Assert.Contains("only the class 'yes'", error.Message);
    }

    [Fact]
    public void Train_UnknownParameter_ListsTheKnownOnes()
    {
        var request = new TrainingRequest("Churn") { Parameters = new Dictionary<string, string> { ["tress"] = "5" } };

        var error = Assert.Throws<OspreyException>(() => ModelTrainer.Train(Telco.Value, request));

        Assert.Contains("no parameter 'tress'", error.Message);
        Assert.Contains("learning_rate", error.Message);
    }

    [Fact]
    public void Train_MalformedParameterValue_NamesIt()
    {
        var error = Assert.Throws<OspreyException>(() => LearnerCatalog.Create("gbdt", new Dictionary<string, string> { ["trees"] = "many" }));

        Assert.Contains("'trees' has the malformed value 'many'", error.Message);
    }

    [Fact]
    public void Train_UnknownLearner_ListsTheLearners()
    {
        var error = Assert.Throws<OspreyException>(() => LearnerCatalog.Create("svm"));

        Assert.Contains("random_forest", error.Message);
    }

    [Fact]
    public void Train_RegressionTarget_ReportsRegressionMetricsAndDropsMissingTargets()
    {
        var csv = new System.Text.StringBuilder("a,b,colour,y\n");
        var random = new SeededRandom(3);
        for (var i = 0; i < 600; i++)
        {
            var a = random.NextDouble() * 4 - 2;
            var b = random.NextDouble() * 4 - 2;
            var colour = i % 3 == 0 ? "red" : "blue";
            var y = i % 50 == 0 ? "" : (3 * a - 2 * b + (colour == "red" ? 1 : 0) + 5).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{a:R},{b:R},{colour},{y}\n");
        }

        var outcome = ModelTrainer.Train(CsvText.Parse(csv.ToString()), new TrainingRequest("y") { Learner = "linear", Parameters = new Dictionary<string, string> { ["l2"] = "0" } });

        Assert.Equal(LearningTask.Regression, outcome.Model.Info.Task);
        Assert.Equal(12, outcome.Data.DroppedMissingTarget);
        Assert.True(outcome.Test!.Metrics["rmse"] < 1e-6);
        Assert.True(outcome.Test.Metrics["r2"] > 0.999999);
    }

    [Fact]
    public void CrossValidate_FiveFolds_ReportsMeanAndSpread()
    {
        var request = new TrainingRequest("Churn") { Learner = "logistic" };

        var result = CrossValidation.Run(Telco.Value, request, folds: 5, seed: 1);

        Assert.Equal(5, result.Folds.Count);
        Assert.InRange(result.Mean["roc_auc"], 0.8, 0.9);
        Assert.InRange(result.StandardDeviation["roc_auc"], 1e-6, 0.05);
        Assert.Equal(result.Folds.Average(f => f["accuracy"]), result.Mean["accuracy"], 12);
    }
}
