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

    [Theory]
    [InlineData("gbdt")]
    [InlineData("logistic_regression")]
    [InlineData("random_forest")]
    public void Train_CancelledAfterTheThirdIteration_StopsBeforeTheFourth(string learner)
    {
        using var cancel = new CancellationTokenSource();
        var seen = new List<int>();
        var progress = new Recorder(step =>
        {
            seen.Add(step.Iteration);
            if (step.Iteration == 3)
            {
                cancel.Cancel();
            }
        });
        var request = new TrainingRequest("Churn") { Learner = learner, Parameters = new Dictionary<string, string> { ["trees"] = "40", ["threads"] = "2" } };
        if (learner != "gbdt")
        {
            // Learners without a progress curve are cancelled before they start; the token is still honoured inside them.
            cancel.Cancel();
            request = request with { Parameters = learner == "random_forest" ? request.Parameters : new Dictionary<string, string>() };
        }

        Assert.ThrowsAny<OperationCanceledException>(() => ModelTrainer.Train(Telco.Value, request, progress, cancel.Token));

        Assert.Equal(learner == "gbdt" ? [1, 2, 3] : [], seen);
    }

    [Theory]
    [InlineData("gbdt", "max_depth", "6")]
    [InlineData("gbdt", "max_leaves", "0")]
    [InlineData("random_forest", "max_features", "0.21052631578947367")]
    [InlineData("logistic_regression", "l2", "1")]
    public void Train_DefaultParameters_RecordsTheResolvedValues(string learner, string name, string expected)
    {
        var parameters = learner == "logistic_regression" ? new Dictionary<string, string>() : new Dictionary<string, string> { ["trees"] = "3" };

        var outcome = ModelTrainer.Train(Telco.Value, new TrainingRequest("Churn") { Learner = learner, Parameters = parameters });

        var recorded = outcome.Model.Info.Parameters;
        Assert.Equal(expected, recorded[name]);
        Assert.Equal(Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), recorded["threads"]);
        Assert.DoesNotContain(recorded, p => p.Value == "default");
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

    private sealed class Recorder(Action<Core.Learning.Boosting.BoostingProgress> report) : IProgress<Core.Learning.Boosting.BoostingProgress>
    {
        public void Report(Core.Learning.Boosting.BoostingProgress value) => report(value);
    }
}
