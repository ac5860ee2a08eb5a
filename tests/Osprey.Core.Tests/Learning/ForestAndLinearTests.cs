using Osprey.Core.Learning;
using Osprey.Core.Learning.Evaluation;
using Osprey.Core.Learning.Forest;
using Osprey.Core.Learning.Linear;
using Xunit;

namespace Osprey.Core.Tests.Learning;

public sealed class ForestAndLinearTests
{
    [Fact]
    public void RandomForest_StepFunction_IsLearnedAndRepeatableAcrossThreadCounts()
    {
        var x = Synthetic.Uniform(2000, 4, seed: 21);
        var y = Synthetic.Labels(x, r => r[0] > 0 && r[2] > -0.5 ? 1 : 0);
        var train = new TrainingSet(x, y, LearningTask.BinaryClassification, 2);

        var forest = RandomForestTrainer.Train(train, new RandomForestOptions { Trees = 30, Threads = 2 });
        var single = RandomForestTrainer.Train(train, new RandomForestOptions { Trees = 30, Threads = 1 });

        var probabilities = new TreeEnsemblePredictor(forest, LearningTask.BinaryClassification, x.Features).Predict(x);
        Assert.True(Synthetic.Accuracy(probabilities, y) > 0.99);
        Assert.Equal(probabilities, new TreeEnsemblePredictor(single, LearningTask.BinaryClassification, x.Features).Predict(x));
        Assert.All(probabilities, p => Assert.InRange(p, 0, 1));
    }

    [Fact]
    public void RandomForest_Multiclass_GivesProbabilitiesThatSumToOne()
    {
        var x = Synthetic.Uniform(1500, 2, seed: 22);
        var y = Synthetic.Labels(x, r => r[0] < -0.5 ? 0 : r[1] < 0 ? 1 : 2);
        var forest = RandomForestTrainer.Train(new TrainingSet(x, y, LearningTask.MulticlassClassification, 3), new RandomForestOptions { Trees = 20, MaxDepth = 8 });
        var predictor = new TreeEnsemblePredictor(forest, LearningTask.MulticlassClassification, x.Features);

        var p = predictor.Predict(x);

        for (var r = 0; r < x.RowCount; r++)
        {
            Assert.Equal(1.0, p[3 * r] + p[3 * r + 1] + p[3 * r + 2], 9);
        }
        Assert.True(ClassificationMetrics.Accuracy(y.Select(v => (int)v).ToArray(), ClassificationMetrics.ArgMax(p, 3)) > 0.97);
    }

    [Fact]
    public void LinearRegression_NoPenalty_RecoversTheCoefficients()
    {
        var x = Synthetic.Uniform(500, 3, seed: 23);
        var y = Synthetic.Labels(x, r => 3 * r[0] - 2 * r[1] + 0 * r[2] + 5);

        var model = LinearRegressionTrainer.Train(new TrainingSet(x, y, LearningTask.Regression, 0), new LinearOptions { L2 = 0 });

        var row = new float[] { 1, 1, 0.5f };
        var output = new double[1];
        model.PredictRow(row, output);
        Assert.Equal(6, output[0], 6);
        Assert.Equal(3, model.Weights[0][0] / model.Layout.Scale[0], 6);
        Assert.Equal(-2, model.Weights[0][1] / model.Layout.Scale[1], 6);
        Assert.Equal(0, model.Weights[0][2], 6);
    }

    [Fact]
    public void LogisticRegression_SeparableByALine_FindsIt()
    {
        var x = Synthetic.Uniform(2000, 2, seed: 24);
        var random = new Osprey.Core.Data.SeededRandom(25);
        var y = Synthetic.Labels(x, r => random.NextDouble() < 1 / (1 + Math.Exp(-(2 * r[0] - r[1]))) ? 1 : 0);

        var model = LogisticRegressionTrainer.Train(new TrainingSet(x, y, LearningTask.BinaryClassification, 2), new LinearOptions());

        // Weights are on standardised features: divide by the scale to get back to the raw slope.
        var slope0 = model.Weights[0][0] / model.Layout.Scale[0];
        var slope1 = model.Weights[0][1] / model.Layout.Scale[1];
        Assert.InRange(slope0, 1.6, 2.4);
        Assert.InRange(slope1, -1.3, -0.7);
    }

    [Fact]
    public void LogisticRegression_Multiclass_GivesProbabilities()
    {
        var x = Synthetic.Uniform(1500, 2, seed: 26);
        var y = Synthetic.Labels(x, r => r[0] < -0.7 ? 0 : r[0] < 0.7 ? 1 : 2);

        var model = LogisticRegressionTrainer.Train(new TrainingSet(x, y, LearningTask.MulticlassClassification, 3), new LinearOptions());

        var p = model.Predict(x);
        Assert.Equal(1.0, p[0] + p[1] + p[2], 9);
        Assert.True(ClassificationMetrics.Accuracy(y.Select(v => (int)v).ToArray(), ClassificationMetrics.ArgMax(p, 3)) > 0.9);
    }

    [Fact]
    public void LinearPredictor_InfiniteOrMissingInput_IsImputed()
    {
        var x = Synthetic.Uniform(200, 1, seed: 27);
        var y = Synthetic.Labels(x, r => 2 * r[0]);
        var model = LinearRegressionTrainer.Train(new TrainingSet(x, y, LearningTask.Regression, 0), new LinearOptions { L2 = 0 });
        var nan = new double[1];
        var inf = new double[1];
        var median = new double[1];

        model.PredictRow([float.NaN], nan);
        model.PredictRow([float.PositiveInfinity], inf);
        model.PredictRow([(float)model.Layout.Impute[0]], median);

        Assert.Equal(median[0], nan[0], 9);
        Assert.Equal(median[0], inf[0], 9);
    }
}
