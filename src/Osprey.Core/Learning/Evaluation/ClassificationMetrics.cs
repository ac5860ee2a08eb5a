namespace Osprey.Core.Learning.Evaluation;

/// <summary>Classification metrics defined as scikit-learn defines them (labels are class indices; binary positive class is 1).</summary>
public static class ClassificationMetrics
{
    /// <summary>Returns the fraction of rows whose predicted class equals the actual class.</summary>
    public static double Accuracy(ReadOnlySpan<int> actual, ReadOnlySpan<int> predicted)
    {
        CheckLengths(actual.Length, predicted.Length);
        var correct = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            correct += actual[i] == predicted[i] ? 1 : 0;
        }
        return (double)correct / actual.Length;
    }

    /// <summary>Returns precision (TP / (TP + FP)), 0 where nothing was predicted for a label.</summary>
    public static double Precision(ReadOnlySpan<int> actual, ReadOnlySpan<int> predicted, Averaging average = Averaging.Binary) =>
        Average(new LabelCounts(actual, predicted), average, (tp, fp, fn) => Ratio(tp, tp + fp));

    /// <summary>Returns recall (TP / (TP + FN)), 0 for labels that never occur.</summary>
    public static double Recall(ReadOnlySpan<int> actual, ReadOnlySpan<int> predicted, Averaging average = Averaging.Binary) =>
        Average(new LabelCounts(actual, predicted), average, (tp, fp, fn) => Ratio(tp, tp + fn));

    /// <summary>Returns F1 (2TP / (2TP + FP + FN)), 0 where the denominator is 0.</summary>
    public static double F1(ReadOnlySpan<int> actual, ReadOnlySpan<int> predicted, Averaging average = Averaging.Binary) =>
        Average(new LabelCounts(actual, predicted), average, (tp, fp, fn) => Ratio(2 * tp, 2 * tp + fp + fn));

    /// <summary>Returns counts[actual][predicted] over <paramref name="classCount"/> classes.</summary>
    public static long[][] ConfusionMatrix(ReadOnlySpan<int> actual, ReadOnlySpan<int> predicted, int classCount)
    {
        CheckLengths(actual.Length, predicted.Length);
        var matrix = new long[classCount][];
        for (var c = 0; c < classCount; c++)
        {
            matrix[c] = new long[classCount];
        }
        for (var i = 0; i < actual.Length; i++)
        {
            matrix[actual[i]][predicted[i]]++;
        }
        return matrix;
    }

    /// <summary>Returns the binary confusion counts when a score at or above <paramref name="threshold"/> predicts positive.</summary>
    public static BinaryConfusion ConfusionAt(ReadOnlySpan<int> actual, ReadOnlySpan<double> scores, double threshold)
    {
        CheckLengths(actual.Length, scores.Length);
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            var positive = scores[i] >= threshold;
            if (actual[i] == 1)
            {
                (tp, fn) = positive ? (tp + 1, fn) : (tp, fn + 1);
            }
            else
            {
                (fp, tn) = positive ? (fp + 1, tn) : (fp, tn + 1);
            }
        }
        return new BinaryConfusion(threshold, tp, fp, tn, fn);
    }

    /// <summary>Returns 1 when the score is at or above the threshold, else 0, for every row.</summary>
    public static int[] Threshold(ReadOnlySpan<double> scores, double threshold)
    {
        var labels = new int[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            labels[i] = scores[i] >= threshold ? 1 : 0;
        }
        return labels;
    }

    /// <summary>Returns the index of the largest probability in each row of a row-major matrix.</summary>
    public static int[] ArgMax(ReadOnlySpan<double> probabilities, int classCount)
    {
        var labels = new int[probabilities.Length / classCount];
        for (var r = 0; r < labels.Length; r++)
        {
            var row = probabilities.Slice(r * classCount, classCount);
            var best = 0;
            for (var c = 1; c < classCount; c++)
            {
                best = row[c] > row[best] ? c : best;
            }
            labels[r] = best;
        }
        return labels;
    }

    internal static void CheckLengths(int actual, int predicted)
    {
        if (actual != predicted)
        {
            throw OspreyException.Invalid($"There are {actual} actual values but {predicted} predictions.");
        }
        if (actual == 0)
        {
            throw OspreyException.Invalid("Metrics need at least one row.");
        }
    }

    private static double Ratio(double numerator, double denominator) => denominator == 0 ? 0 : numerator / denominator;

    private static double Average(LabelCounts counts, Averaging average, Func<double, double, double, double> score)
    {
        switch (average)
        {
            case Averaging.Binary:
                return score(counts.TruePositives(1), counts.FalsePositives(1), counts.FalseNegatives(1));
            case Averaging.Micro:
                double tp = 0, fp = 0, fn = 0;
                foreach (var label in counts.Labels)
                {
                    tp += counts.TruePositives(label);
                    fp += counts.FalsePositives(label);
                    fn += counts.FalseNegatives(label);
                }
                return score(tp, fp, fn);
            default:
                double sum = 0, weights = 0;
                foreach (var label in counts.Labels)
                {
                    var weight = average == Averaging.Weighted ? counts.Support(label) : 1;
                    sum += weight * score(counts.TruePositives(label), counts.FalsePositives(label), counts.FalseNegatives(label));
                    weights += weight;
                }
                return Ratio(sum, weights);
        }
    }
}
