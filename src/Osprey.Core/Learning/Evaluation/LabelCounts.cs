namespace Osprey.Core.Learning.Evaluation;

/// <summary>Per-label true positive, false positive and false negative counts over the labels seen in actual or predicted values.</summary>
internal sealed class LabelCounts
{
    private readonly Dictionary<int, (long Tp, long Fp, long Fn)> _counts = [];

    public LabelCounts(ReadOnlySpan<int> actual, ReadOnlySpan<int> predicted)
    {
        ClassificationMetrics.CheckLengths(actual.Length, predicted.Length);
        for (var i = 0; i < actual.Length; i++)
        {
            Touch(actual[i]);
            Touch(predicted[i]);
            if (actual[i] == predicted[i])
            {
                Bump(actual[i], tp: 1);
            }
            else
            {
                Bump(predicted[i], fp: 1);
                Bump(actual[i], fn: 1);
            }
        }
        Labels = _counts.Keys.Order().ToArray();
    }

    public IReadOnlyList<int> Labels { get; }

    public double TruePositives(int label) => _counts.GetValueOrDefault(label).Tp;

    public double FalsePositives(int label) => _counts.GetValueOrDefault(label).Fp;

    public double FalseNegatives(int label) => _counts.GetValueOrDefault(label).Fn;

    /// <summary>Returns how many rows actually have the label.</summary>
    public double Support(int label) => TruePositives(label) + FalseNegatives(label);

    private void Touch(int label) => _counts.TryAdd(label, default);

    private void Bump(int label, long tp = 0, long fp = 0, long fn = 0)
    {
        var c = _counts[label];
        _counts[label] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }
}
