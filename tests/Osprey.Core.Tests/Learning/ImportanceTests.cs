using Osprey.Core.Learning;
using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Evaluation;
using Xunit;

namespace Osprey.Core.Tests.Learning;

public sealed class ImportanceTests
{
    [Fact]
    public void GainAndPermutation_InformativeFeature_RanksFirst()
    {
        var x = Synthetic.Uniform(3000, 3, seed: 31);
        var y = Synthetic.Labels(x, r => r[1] > 0.2 ? 1 : 0);
        var result = GbdtTrainer.Train(new TrainingSet(x, y, LearningTask.BinaryClassification, 2), new GbdtOptions { Trees = 20, Threads = 2 });
        var predictor = new TreeEnsemblePredictor(result.Ensemble, LearningTask.BinaryClassification, x.Features);
        var actual = y.Select(v => (int)v).ToArray();

        var gain = ImportanceCalculator.Gain(result.Ensemble, x.Features);
        var permutation = ImportanceCalculator.Permutation(predictor, x, p => ScoreMetrics.RocAuc(actual, p), repeats: 3, seed: 5);

        Assert.Equal("x1", gain[0].Feature);
        Assert.True(gain[0].Share > 0.9);
        Assert.Equal(1.0, gain.Sum(g => g.Share), 9);
        Assert.Equal("x1", permutation[0].Feature);
        Assert.True(permutation[0].Score > 0.3);
        Assert.All(permutation.Skip(1), p => Assert.InRange(p.Score, -0.02, 0.02));
    }
}
