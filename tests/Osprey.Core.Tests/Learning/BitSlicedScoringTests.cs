using System.Runtime.Intrinsics.X86;
using Osprey.Core.Data;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Trees;
using Xunit;

namespace Osprey.Core.Tests.Learning;

public sealed class BitSlicedScoringTests
{
    private static readonly bool Hardware = Avx512BW.IsSupported && Avx512Vbmi.IsSupported;

    [Theory]
    [InlineData(1, false, 6, 6)]
    [InlineData(1, true, 6, 6)]
    [InlineData(1, false, 100, 3)]
    [InlineData(3, false, 100, 7)]
    [InlineData(3, true, 40, 1)]
    [InlineData(1, false, 250, 10)]
    public void Predict_RandomTrees_EqualTheReferenceWalkExactly(int outputs, bool single, int categories, int depth)
    {
        var random = new SeededRandom(depth * 1000 + categories);
        FeatureInfo[] features = [FeatureInfo.Numeric("a"), FeatureInfo.Categorical("c", categories), FeatureInfo.Numeric("b")];
        var trees = Enumerable.Range(0, 30).Select(_ => RandomTree(random, depth, categories)).ToArray();
        var transform = outputs == 1 ? OutputTransform.Sigmoid : OutputTransform.Softmax;
        var ensemble = new TreeEnsemble(trees, trees.Select((_, t) => t % outputs).ToArray(), Enumerable.Range(0, outputs).Select(o => 0.1 * o - 0.2).ToArray(), transform, single);
        var task = outputs == 1 ? LearningTask.BinaryClassification : LearningTask.MulticlassClassification;
        var predictor = new TreeEnsemblePredictor(ensemble, task, features);
        var x = RandomRows(random, 1000 + 37, categories);

        var batch = predictor.Predict(x);

        Assert.Equal(Hardware, predictor.UsesBitSlicing);
        Assert.Equal(Reference(ensemble, x, outputs), batch);
    }

    [Fact]
    public void Predict_FeatureWithMoreThan254Thresholds_FallsBackAndStillMatches()
    {
        var random = new SeededRandom(7);
        FeatureInfo[] features = [FeatureInfo.Numeric("a")];
        var trees = Enumerable.Range(0, 300).Select(t => new DecisionTree([
            new TreeNode(0, t / 300f, 1, 2, t % 2 == 0, null, 0, 1, 1), TreeNode.Leaf(t * 0.01, 1), TreeNode.Leaf(-t * 0.02, 1)])).ToArray();
        var ensemble = new TreeEnsemble(trees, new int[trees.Length], [0.0], OutputTransform.Identity);
        var predictor = new TreeEnsemblePredictor(ensemble, LearningTask.Regression, features);
        var x = new FeatureMatrix(features, [Enumerable.Range(0, 500).Select(r => r % 11 == 0 ? float.NaN : (float)random.NextDouble()).ToArray()]);

        var batch = predictor.Predict(x);

        Assert.False(predictor.UsesBitSlicing);
        Assert.Equal(Reference(ensemble, x, 1), batch);
    }

    private static double[] Reference(TreeEnsemble ensemble, FeatureMatrix x, int outputs)
    {
        var result = new double[x.RowCount * outputs];
        var row = new float[x.FeatureCount];
        var margins = new double[outputs];
        for (var r = 0; r < x.RowCount; r++)
        {
            x.CopyRow(r, row);
            ensemble.PredictMargins(row, margins);
            TreeEnsemble.ApplyTransform(ensemble.Transform, margins);
            margins.CopyTo(result, r * outputs);
        }
        return result;
    }

    private static FeatureMatrix RandomRows(SeededRandom random, int rows, int categories)
    {
        float Numeric(int r) => (r % 9) switch
        {
            0 => float.NaN,
            1 => r % 2 == 0 ? float.PositiveInfinity : float.NegativeInfinity,
            _ => MathF.Round((float)random.NextGaussian(), 1),
        };
        float Code(int r) => (r % 13) switch
        {
            0 => float.NaN,
            1 => categories + 5,
            2 => 1.5f,
            _ => random.NextInt(categories),
        };
        FeatureInfo[] features = [FeatureInfo.Numeric("a"), FeatureInfo.Categorical("c", categories), FeatureInfo.Numeric("b")];
        return new FeatureMatrix(features, [
            Enumerable.Range(0, rows).Select(Numeric).ToArray(),
            Enumerable.Range(0, rows).Select(Code).ToArray(),
            Enumerable.Range(0, rows).Select(Numeric).ToArray(),
        ]);
    }

    private static DecisionTree RandomTree(SeededRandom random, int depth, int categories)
    {
        var nodes = new List<TreeNode>();
        Grow(random, nodes, depth, categories);
        return new DecisionTree(nodes);
    }

    private static int Grow(SeededRandom random, List<TreeNode> nodes, int depth, int categories)
    {
        var index = nodes.Count;
        nodes.Add(TreeNode.Leaf(random.NextGaussian(), 1));
        if (depth == 0 || random.NextDouble() < 0.1)
        {
            return index;
        }
        var feature = random.NextInt(3);
        // Thresholds on a 0.1 grid coincide with many row values, so ties (x equal to the threshold) are exercised.
        var threshold = MathF.Round((float)random.NextGaussian(), 1);
        var set = feature == 1 ? Enumerable.Range(0, categories).Where(_ => random.NextDouble() < 0.4).ToArray() : null;
        var left = Grow(random, nodes, depth - 1, categories);
        var right = Grow(random, nodes, depth - 1, categories);
        nodes[index] = new TreeNode(feature, feature == 1 ? 0 : threshold, left, right, random.NextDouble() < 0.5, set, 0, 1, 1);
        return index;
    }
}
