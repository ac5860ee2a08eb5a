using Osprey.Core.Learning.Evaluation;
using Xunit;

namespace Osprey.Core.Tests.Learning;

/// <summary>Expected values were computed once with Debian's python3-sklearn 1.2.1 by bench/peers/metrics_fixture.py.</summary>
public sealed class MetricsTests
{
    private static readonly int[] Binary = [0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0];
    private static readonly double[] Scores = [0.1, 0.8, 0.8, 0.3, 0.55, 0.55, 0.2, 0.9, 0.35, 0.7, 0.6, 0.05];
    private static readonly int[] Classes = [0, 1, 2, 2, 1, 0, 1, 2, 0, 1];
    private static readonly int[] Predicted = [0, 2, 2, 1, 1, 0, 1, 2, 1, 1];

    private static readonly double[] Probabilities =
    [
        0.7, 0.2, 0.1, 0.1, 0.3, 0.6, 0.2, 0.2, 0.6, 0.1, 0.5, 0.4, 0.2, 0.6, 0.2,
        0.8, 0.1, 0.1, 0.3, 0.4, 0.3, 0.1, 0.1, 0.8, 0.3, 0.4, 0.3, 0.25, 0.5, 0.25,
    ];

    private static int[] BinaryPredicted => ClassificationMetrics.Threshold(Scores, 0.5);

    [Theory]
    [InlineData(Averaging.Binary, 0.7142857142857143, 0.8333333333333334, 0.7692307692307692)]
    [InlineData(Averaging.Macro, 0.7571428571428571, 0.75, 0.7482517482517481)]
    [InlineData(Averaging.Weighted, 0.7571428571428571, 0.75, 0.7482517482517482)]
    [InlineData(Averaging.Micro, 0.75, 0.75, 0.75)]
    public void PrecisionRecallF1_BinaryVectors_MatchScikitLearn(Averaging average, double precision, double recall, double f1)
    {
        Assert.Equal(precision, ClassificationMetrics.Precision(Binary, BinaryPredicted, average), 12);
        Assert.Equal(recall, ClassificationMetrics.Recall(Binary, BinaryPredicted, average), 12);
        Assert.Equal(f1, ClassificationMetrics.F1(Binary, BinaryPredicted, average), 12);
    }

    [Theory]
    [InlineData(Averaging.Macro, 0.7555555555555555, 0.6944444444444443, 0.7111111111111111)]
    [InlineData(Averaging.Weighted, 0.74, 0.7, 0.7066666666666667)]
    [InlineData(Averaging.Micro, 0.7, 0.7, 0.7)]
    public void PrecisionRecallF1_MulticlassVectors_MatchScikitLearn(Averaging average, double precision, double recall, double f1)
    {
        Assert.Equal(precision, ClassificationMetrics.Precision(Classes, Predicted, average), 12);
        Assert.Equal(recall, ClassificationMetrics.Recall(Classes, Predicted, average), 12);
        Assert.Equal(f1, ClassificationMetrics.F1(Classes, Predicted, average), 12);
    }

    [Fact]
    public void Accuracy_FixedVectors_MatchScikitLearn()
    {
        Assert.Equal(0.75, ClassificationMetrics.Accuracy(Binary, BinaryPredicted), 12);
        Assert.Equal(0.7, ClassificationMetrics.Accuracy(Classes, Predicted), 12);
    }

    [Fact]
    public void RocAuc_TiedScores_AreAveragedAsScikitLearn()
    {
        Assert.Equal(0.875, ScoreMetrics.RocAuc(Binary, Scores), 12);
    }

    [Fact]
    public void AveragePrecision_FixedVectors_MatchScikitLearn()
    {
        Assert.Equal(0.8773809523809524, ScoreMetrics.AveragePrecision(Binary, Scores), 12);
    }

    [Fact]
    public void LogLossAndBrier_FixedVectors_MatchScikitLearn()
    {
        Assert.Equal(0.4540904310957134, ScoreMetrics.LogLoss(Binary, Scores), 12);
        Assert.Equal(0.15083333333333335, ScoreMetrics.Brier(Binary, Scores), 12);
        Assert.Equal(0.6758287547059261, ScoreMetrics.LogLoss(Classes, Probabilities, 3), 12);
    }

    [Fact]
    public void RocAucOneVsRest_Multiclass_MatchesScikitLearn()
    {
        Assert.Equal(0.9126984126984127, ScoreMetrics.RocAucOneVsRest(Classes, Probabilities, 3), 12);
    }

    [Fact]
    public void ConfusionAt_HalfThreshold_MatchesScikitLearnCounts()
    {
        var confusion = ClassificationMetrics.ConfusionAt(Binary, Scores, 0.5);

        Assert.Equal((4L, 2L, 1L, 5L), (confusion.TrueNegatives, confusion.FalsePositives, confusion.FalseNegatives, confusion.TruePositives));
    }

    [Fact]
    public void ConfusionMatrix_Multiclass_MatchesScikitLearn()
    {
        var matrix = ClassificationMetrics.ConfusionMatrix(Classes, Predicted, 3);

        Assert.Equal([[2L, 1, 0], [0, 3, 1], [0, 1, 2]], matrix);
    }

    [Fact]
    public void BestF1Threshold_FixedVectors_MatchesThePrecisionRecallCurve()
    {
        var best = ScoreMetrics.BestF1Threshold(Binary, Scores);

        Assert.Equal(0.35, best.Threshold);
        Assert.Equal(0.8571428571428571, best.F1, 12);
        Assert.Equal(best.F1, ClassificationMetrics.F1(Binary, ClassificationMetrics.Threshold(Scores, best.Threshold)), 12);
    }

    [Fact]
    public void RegressionMetrics_FixedVectors_MatchScikitLearn()
    {
        double[] actual = [3, -0.5, 2, 7, 4.2];
        double[] predicted = [2.5, 0.0, 2, 8, 4.0];

        Assert.Equal(0.5549774770204643, RegressionMetrics.Rmse(actual, predicted), 12);
        Assert.Equal(0.44000000000000006, RegressionMetrics.Mae(actual, predicted), 12);
        Assert.Equal(0.9496600418410042, RegressionMetrics.R2(actual, predicted), 12);
        Assert.Equal(0.27142857142857146, RegressionMetrics.Mape(actual, predicted), 12);
        Assert.Equal(1125899906842624.2, RegressionMetrics.Mape([0.0, 1.0], [0.5, 1.5]), 0);
    }

    [Fact]
    public void R2_ConstantActualValues_IsOneWhenPerfectElseZero()
    {
        Assert.Equal(1, RegressionMetrics.R2([2.0, 2.0], [2.0, 2.0]));
        Assert.Equal(0, RegressionMetrics.R2([2.0, 2.0], [1.0, 2.0]));
    }

    [Fact]
    public void RocAuc_OneClassOnly_SaysItIsUndefined()
    {
        var error = Assert.Throws<OspreyException>(() => ScoreMetrics.RocAuc([1, 1], [0.2, 0.4]));

        Assert.Contains("only one class", error.Message);
    }

    [Fact]
    public void Precision_NothingPredictedPositive_IsZeroLikeScikitLearn()
    {
        Assert.Equal(0, ClassificationMetrics.Precision([1, 0], [0, 0]));
    }
}
