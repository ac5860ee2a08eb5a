namespace Osprey.Core.Learning.Evaluation;

/// <summary>Metrics of scores and probabilities defined as scikit-learn defines them (ROC AUC averages ties; PR AUC is average precision).</summary>
public static class ScoreMetrics
{
    // numpy's float64 machine epsilon, which scikit-learn clips probabilities with.
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>Returns the area under the ROC curve; tied scores count half; throws when only one class is present.</summary>
    public static double RocAuc(ReadOnlySpan<int> actual, ReadOnlySpan<double> scores)
    {
        ClassificationMetrics.CheckLengths(actual.Length, scores.Length);
        var order = Ascending(scores);
        double positiveRankSum = 0;
        long positives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end < order.Length && scores[order[end]] == scores[order[start]])
            {
                end++;
            }
            var midRank = (start + 1 + end) / 2.0;
            for (var i = start; i < end; i++)
            {
                if (actual[order[i]] == 1)
                {
                    positiveRankSum += midRank;
                    positives++;
                }
            }
            start = end;
        }
        var negatives = order.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            throw OspreyException.Invalid("ROC AUC is undefined when the actual values hold only one class.");
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / (positives * (double)negatives);
    }

    /// <summary>Returns the macro average of one-vs-rest ROC AUCs over a row-major probability matrix.</summary>
    public static double RocAucOneVsRest(ReadOnlySpan<int> actual, ReadOnlySpan<double> probabilities, int classCount)
    {
        var sum = 0.0;
        var isClass = new int[actual.Length];
        var column = new double[actual.Length];
        for (var c = 0; c < classCount; c++)
        {
            for (var i = 0; i < actual.Length; i++)
            {
                isClass[i] = actual[i] == c ? 1 : 0;
                column[i] = probabilities[i * classCount + c];
            }
            sum += RocAuc(isClass, column);
        }
        return sum / classCount;
    }

    /// <summary>Returns average precision: the sum over thresholds of (recall gained) × precision, scikit-learn's PR AUC.</summary>
    public static double AveragePrecision(ReadOnlySpan<int> actual, ReadOnlySpan<double> scores)
    {
        var sweep = new ThresholdSweep(actual, scores);
        double ap = 0, previousRecall = 0;
        while (sweep.Next())
        {
            var recall = (double)sweep.TruePositives / sweep.Positives;
            ap += (recall - previousRecall) * sweep.TruePositives / (sweep.TruePositives + sweep.FalsePositives);
            previousRecall = recall;
        }
        return ap;
    }

    /// <summary>Returns the threshold (one of the scores) whose "score at or above predicts positive" rule has the largest F1.</summary>
    public static ThresholdChoice BestF1Threshold(ReadOnlySpan<int> actual, ReadOnlySpan<double> scores)
    {
        var sweep = new ThresholdSweep(actual, scores);
        var best = new ThresholdChoice(double.PositiveInfinity, 0);
        while (sweep.Next())
        {
            var falseNegatives = sweep.Positives - sweep.TruePositives;
            var f1 = 2.0 * sweep.TruePositives / (2.0 * sweep.TruePositives + sweep.FalsePositives + falseNegatives);
            if (f1 > best.F1)
            {
                best = new ThresholdChoice(sweep.Threshold, f1);
            }
        }
        return best;
    }

    /// <summary>Returns the mean binary log loss of positive-class probabilities, clipped to [eps, 1-eps].</summary>
    public static double LogLoss(ReadOnlySpan<int> actual, ReadOnlySpan<double> probabilities)
    {
        ClassificationMetrics.CheckLengths(actual.Length, probabilities.Length);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            var p = Math.Clamp(probabilities[i], Epsilon, 1 - Epsilon);
            sum -= actual[i] == 1 ? Math.Log(p) : Math.Log(1 - p);
        }
        return sum / actual.Length;
    }

    /// <summary>Returns the mean multiclass log loss of a row-major probability matrix (rows clipped, then renormalised).</summary>
    public static double LogLoss(ReadOnlySpan<int> actual, ReadOnlySpan<double> probabilities, int classCount)
    {
        ClassificationMetrics.CheckLengths(actual.Length * classCount, probabilities.Length);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            var row = probabilities.Slice(i * classCount, classCount);
            var total = 0.0;
            foreach (var p in row)
            {
                total += Math.Clamp(p, Epsilon, 1 - Epsilon);
            }
            sum -= Math.Log(Math.Clamp(row[actual[i]], Epsilon, 1 - Epsilon) / total);
        }
        return sum / actual.Length;
    }

    /// <summary>Returns the mean squared difference between positive-class probabilities and the 0/1 outcomes.</summary>
    public static double Brier(ReadOnlySpan<int> actual, ReadOnlySpan<double> probabilities)
    {
        ClassificationMetrics.CheckLengths(actual.Length, probabilities.Length);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            var error = probabilities[i] - (actual[i] == 1 ? 1 : 0);
            sum += error * error;
        }
        return sum / actual.Length;
    }

    internal static int[] Ascending(ReadOnlySpan<double> scores)
    {
        var order = new int[scores.Length];
        var keys = scores.ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(keys, order);
        return order;
    }
}
