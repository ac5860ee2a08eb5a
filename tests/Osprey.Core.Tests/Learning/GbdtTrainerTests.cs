using Osprey.Core.Learning;
using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Trees;
using Xunit;

namespace Osprey.Core.Tests.Learning;

public sealed class GbdtTrainerTests
{
    private static readonly GbdtOptions Small = new() { Trees = 40, Threads = 2 };

    [Fact]
    public void Train_BinaryThresholdRule_ClassifiesHeldOutRows()
    {
        var x = Synthetic.Uniform(3000, 4, seed: 1);
        var y = Synthetic.Labels(x, r => r[0] > 0.3f && r[1] < 1 ? 1 : 0);
        var train = new TrainingSet(x.Take(Enumerable.Range(0, 2000).ToArray()), y[..2000], LearningTask.BinaryClassification, 2);
        var test = x.Take(Enumerable.Range(2000, 1000).ToArray());

        var result = GbdtTrainer.Train(train, Small);

        Assert.True(Synthetic.Accuracy(Synthetic.Predict(result.Ensemble, test), y[2000..]) > 0.97);
        Assert.Equal(OutputTransform.Sigmoid, result.Ensemble.Transform);
    }

    [Fact]
    public void Train_Regression_RecoversASmoothFunction()
    {
        var x = Synthetic.Uniform(4000, 3, seed: 2);
        var y = Synthetic.Labels(x, r => Math.Sin(r[0]) + r[1] * r[1]);
        var train = new TrainingSet(x, y, LearningTask.Regression, 0);

        var result = GbdtTrainer.Train(train, Small with { Trees = 150 });

        var predictions = Synthetic.Predict(result.Ensemble, x);
        var rmse = Math.Sqrt(predictions.Zip(y, (p, t) => (p - t) * (p - t)).Average());
        Assert.True(rmse < 0.1, $"rmse {rmse}");
    }

    [Fact]
    public void Train_Multiclass_SeparatesThreeRegions()
    {
        var x = Synthetic.Uniform(3000, 2, seed: 3);
        var y = Synthetic.Labels(x, r => r[0] < -0.5 ? 0 : r[1] < 0 ? 1 : 2);
        var train = new TrainingSet(x, y, LearningTask.MulticlassClassification, 3);

        var result = GbdtTrainer.Train(train, Small);

        Assert.Equal(3, result.Ensemble.OutputCount);
        Assert.Equal(40 * 3, result.Ensemble.Trees.Count);
        var row = new float[2];
        var p = new double[3];
        var correct = 0;
        for (var r = 0; r < x.RowCount; r++)
        {
            x.CopyRow(r, row);
            result.Ensemble.PredictMargins(row, p);
            TreeEnsemble.ApplyTransform(OutputTransform.Softmax, p);
            Assert.Equal(1.0, p.Sum(), 9);
            correct += Array.IndexOf(p, p.Max()) == (int)y[r] ? 1 : 0;
        }
        Assert.True(correct > 0.98 * x.RowCount);
    }

    [Fact]
    public void Train_CategoricalFeature_SplitsOnTheCategorySet()
    {
        var random = new Osprey.Core.Data.SeededRandom(4);
        var codes = Enumerable.Range(0, 2000).Select(_ => (float)random.NextInt(10)).ToArray();
        var x = new FeatureMatrix([FeatureInfo.Categorical("colour", 10)], [codes]);
        var y = codes.Select(c => c is 1 or 4 or 7 ? 1.0 : 0.0).ToArray();

        var result = GbdtTrainer.Train(new TrainingSet(x, y, LearningTask.BinaryClassification, 2), Small with { Trees = 1, MaxDepth = 1, LearningRate = 1 });

        var root = result.Ensemble.Trees[0].Nodes[0];
        var left = root.LeftCategories!.ToHashSet();
        Assert.True(left.SetEquals([1, 4, 7]) || left.SetEquals([0, 2, 3, 5, 6, 8, 9]), string.Join(",", left));
    }

    [Fact]
    public void Train_MissingValuesMeanPositive_LearnsWhereMissingGoes()
    {
        var x = Synthetic.Uniform(2000, 1, seed: 5);
        var values = x.Column(0).ToArray();
        var y = new double[values.Length];
        for (var r = 0; r < values.Length; r++)
        {
            // Missing rows are positive although their hidden value would say negative.
            y[r] = r % 5 == 0 ? 1 : values[r] > 1 ? 1 : 0;
            values[r] = r % 5 == 0 ? float.NaN : values[r];
        }
        var train = new TrainingSet(new FeatureMatrix(x.Features, [values]), y, LearningTask.BinaryClassification, 2);

        var result = GbdtTrainer.Train(train, Small);

        Assert.True(Synthetic.Predict(result.Ensemble, new FeatureMatrix(x.Features, [[float.NaN]]))[0] > 0.9);
        Assert.True(Synthetic.Predict(result.Ensemble, new FeatureMatrix(x.Features, [[-1f]]))[0] < 0.1);
    }

    [Fact]
    public void Train_SameSeed_GivesIdenticalModels()
    {
        var x = Synthetic.Uniform(3000, 5, seed: 6);
        var y = Synthetic.Labels(x, r => r[0] + r[1] * r[2] > 0 ? 1 : 0);
        var train = new TrainingSet(x, y, LearningTask.BinaryClassification, 2);
        var options = Small with { Subsample = 0.7, ColumnSampleByTree = 0.6, Seed = 9 };

        var first = Synthetic.Predict(GbdtTrainer.Train(train, options).Ensemble, x);
        var second = Synthetic.Predict(GbdtTrainer.Train(train, options).Ensemble, x);
        var other = Synthetic.Predict(GbdtTrainer.Train(train, options with { Seed = 10 }).Ensemble, x);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Train_WithValidation_StopsEarlyAndKeepsTheBestIteration()
    {
        var x = Synthetic.Uniform(1500, 3, seed: 7);
        var random = new Osprey.Core.Data.SeededRandom(8);
        var y = Synthetic.Labels(x, r => random.NextDouble() < (r[0] > 0 ? 0.7 : 0.3) ? 1 : 0);
        var train = new TrainingSet(x.Take(Enumerable.Range(0, 1000).ToArray()), y[..1000], LearningTask.BinaryClassification, 2);
        var validation = new TrainingSet(x.Take(Enumerable.Range(1000, 500).ToArray()), y[1000..], LearningTask.BinaryClassification, 2);

        var result = GbdtTrainer.Train(train, Small with { Trees = 500, LearningRate = 0.3, EarlyStoppingRounds = 10 }, validation);

        Assert.True(result.History.Count < 500);
        Assert.Equal(result.BestIteration, result.Ensemble.Trees.Count);
        Assert.Equal(result.History.Count, result.BestIteration + 10);
        var best = result.History.Min(h => h.ValidationLoss!.Value);
        Assert.Equal(best, result.History[result.BestIteration - 1].ValidationLoss);
    }

    [Theory]
    [InlineData(GrowthPolicy.DepthWise, 3, null)]
    [InlineData(GrowthPolicy.LeafWise, null, 7)]
    public void Train_ShapeLimits_AreRespected(GrowthPolicy growth, int? depth, int? leaves)
    {
        var x = Synthetic.Uniform(3000, 4, seed: 11);
        var y = Synthetic.Labels(x, r => Math.Sin(3 * r[0]) + r[1] * r[2] + r[3]);
        var train = new TrainingSet(x, y, LearningTask.Regression, 0);

        var result = GbdtTrainer.Train(train, Small with { Trees = 5, Growth = growth, MaxDepth = depth, MaxLeaves = leaves });

        foreach (var tree in result.Ensemble.Trees)
        {
            var leafCount = tree.Nodes.Count(n => n.IsLeaf);
            if (depth is { } d)
            {
                Assert.Equal(d, tree.Depth());
                Assert.Equal(1 << d, leafCount);
            }
            if (leaves is { } l)
            {
                Assert.Equal(l, leafCount);
                Assert.InRange(tree.Depth(), 3, 6);
            }
        }
    }

    [Fact]
    public void Train_BalancedClassWeights_RaiseTheRareClassProbability()
    {
        var x = Synthetic.Uniform(3000, 2, seed: 12);
        var random = new Osprey.Core.Data.SeededRandom(13);
        var y = Synthetic.Labels(x, r => random.NextDouble() < (r[0] > 1.5 ? 0.5 : 0.05) ? 1 : 0);
        var train = new TrainingSet(x, y, LearningTask.BinaryClassification, 2);

        var plain = Synthetic.Predict(GbdtTrainer.Train(train, Small).Ensemble, x).Average();
        var balanced = Synthetic.Predict(GbdtTrainer.Train(train, Small with { BalancedClassWeights = true }).Ensemble, x).Average();

        Assert.True(balanced > plain + 0.2, $"{plain} vs {balanced}");
    }

    [Fact]
    public void Train_LargeL2AndL1_ShrinkLeafValues()
    {
        var x = Synthetic.Uniform(500, 2, seed: 14);
        var y = Synthetic.Labels(x, r => 10 * r[0]);
        var train = new TrainingSet(x, y, LearningTask.Regression, 0);

        double LargestLeaf(GbdtOptions o) => GbdtTrainer.Train(train, o).Ensemble.Trees[0].Nodes.Where(n => n.IsLeaf).Max(n => Math.Abs(n.Value));

        var baseline = LargestLeaf(Small with { Trees = 1, L2 = 0 });
        Assert.True(LargestLeaf(Small with { Trees = 1, L2 = 1000 }) < baseline / 2);
        Assert.True(LargestLeaf(Small with { Trees = 1, L2 = 0, L1 = 500 }) < baseline);
    }

    [Fact]
    public void Train_InfiniteFeatureValues_AreOrderedNotRejected()
    {
        var x = Synthetic.Uniform(1000, 1, seed: 15);
        var values = x.Column(0).ToArray();
        values[0] = float.PositiveInfinity;
        values[1] = float.NegativeInfinity;
        var y = values.Select(v => v > 0 ? 1.0 : 0.0).ToArray();

        var result = GbdtTrainer.Train(new TrainingSet(new FeatureMatrix(x.Features, [values]), y, LearningTask.BinaryClassification, 2), Small);

        var p = Synthetic.Predict(result.Ensemble, new FeatureMatrix(x.Features, [[float.PositiveInfinity, float.NegativeInfinity]]));
        Assert.True(p[0] > 0.9 && p[1] < 0.1);
    }

    [Fact]
    public void Train_LabelOutsideTheClasses_NamesTheRow()
    {
        var x = Synthetic.Uniform(10, 1, seed: 16);
        var y = new double[10];
        y[3] = 2;

        var error = Assert.Throws<OspreyException>(() => GbdtTrainer.Train(new TrainingSet(x, y, LearningTask.BinaryClassification, 2), Small));

        Assert.Contains("row 3", error.Message);
    }

    [Fact]
    public void Validate_OutOfRangeSetting_NamesIt()
    {
        var error = Assert.Throws<OspreyException>(() => (Small with { LearningRate = 0 }).Validate());

        Assert.Contains("learning_rate", error.Message);
    }
}
