using Osprey.Core.Data;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Trees;
using Xunit;

namespace Osprey.Core.Tests.Learning;

public sealed class TreeEnsemblePredictorTests
{
    private static (FeatureMatrix X, double[] Y) MixedData(int rows, long seed, int categories = 6)
    {
        var random = new SeededRandom(seed);
        var numeric = new float[rows];
        var other = new float[rows];
        var codes = new float[rows];
        var y = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            numeric[r] = r % 13 == 0 ? float.NaN : (float)random.NextGaussian();
            other[r] = (float)random.NextDouble();
            codes[r] = r % 17 == 0 ? float.NaN : random.NextInt(categories);
            var signal = (float.IsNaN(numeric[r]) ? 1 : numeric[r]) + (codes[r] % 3 == 2 ? 1.5 : 0) + other[r];
            y[r] = random.NextDouble() < 1 / (1 + Math.Exp(-2 * signal + 1.5)) ? 1 : 0;
        }
        FeatureInfo[] features = [FeatureInfo.Numeric("a"), FeatureInfo.Numeric("b"), FeatureInfo.Categorical("c", categories)];
        return (new FeatureMatrix(features, [numeric, other, codes]), y);
    }

    [Theory]
    [InlineData(GrowthPolicy.DepthWise, null, 6)]
    [InlineData(GrowthPolicy.LeafWise, 200, 6)]
    [InlineData(GrowthPolicy.DepthWise, null, 100)]
    [InlineData(GrowthPolicy.LeafWise, 200, 100)]
    public void Predict_CompiledForest_MatchesTheReferenceTreeWalk(GrowthPolicy growth, int? leaves, int categories)
    {
        var (x, y) = MixedData(3000, 1, categories);
        var result = GbdtTrainer.Train(new TrainingSet(x, y, LearningTask.BinaryClassification, 2),
            new GbdtOptions { Trees = 30, Growth = growth, MaxLeaves = leaves, MinSamplesLeaf = 2, Threads = 2 });
        var predictor = new TreeEnsemblePredictor(result.Ensemble, LearningTask.BinaryClassification, x.Features);
        // The leaf-wise model is too deep to pad, so it exercises the linked layout; the depth-wise one the perfect layout.
        Assert.Equal(leaves is not null, result.Ensemble.Trees.Max(t => t.Depth()) > PerfectForest.MaxDepth);
        FeatureMatrix probe = new(x.Features, [
            [float.NaN, 0.5f, float.PositiveInfinity, float.NegativeInfinity, 0.1f, 0.2f, 0.3f, 0.3f],
            [0.3f, float.NaN, 0.9f, 0.1f, 0.5f, 0.7f, 0.2f, 0.2f],
            [2, 5, 7, float.NaN, 2.5f, -1, 99, 150],
        ]);

        var batch = predictor.Predict(x);
        var probes = predictor.Predict(probe);

        Assert.Equal(Synthetic.Predict(result.Ensemble, x), batch, new ToleranceComparer(1e-12));
        Assert.Equal(Synthetic.Predict(result.Ensemble, probe), probes, new ToleranceComparer(1e-12));
        var one = new double[1];
        var row = new float[3];
        for (var r = 0; r < probe.RowCount; r++)
        {
            probe.CopyRow(r, row);
            predictor.PredictRow(row, one);
            Assert.Equal(probes[r], one[0], 12);
        }
    }

    [Fact]
    public void PredictRow_AfterWarmUp_AllocatesNothing()
    {
        var (x, y) = MixedData(2000, 2);
        var result = GbdtTrainer.Train(new TrainingSet(x, y, LearningTask.BinaryClassification, 2), new GbdtOptions { Trees = 20, Threads = 1 });
        var predictor = new TreeEnsemblePredictor(result.Ensemble, LearningTask.BinaryClassification, x.Features);
        var row = new float[] { 0.2f, 0.4f, 3 };
        var output = new double[1];
        predictor.PredictRow(row, output);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            predictor.PredictRow(row, output);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Constructor_SplitOnAMissingFeature_IsRejected()
    {
        var tree = new DecisionTree([new TreeNode(4, 0.5f, 1, 2, false, null, 0, 1, 1), TreeNode.Leaf(1, 1), TreeNode.Leaf(2, 1)]);
        var ensemble = new TreeEnsemble([tree], [0], [0.0], OutputTransform.Identity);

        var error = Assert.Throws<OspreyException>(() => new TreeEnsemblePredictor(ensemble, LearningTask.Regression, [FeatureInfo.Numeric("only")]));

        Assert.Contains("feature 4", error.Message);
    }
}
