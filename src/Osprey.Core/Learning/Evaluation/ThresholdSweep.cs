namespace Osprey.Core.Learning.Evaluation;

/// <summary>Walks the distinct scores from highest to lowest, counting true and false positives at each threshold.</summary>
internal ref struct ThresholdSweep
{
    private readonly ReadOnlySpan<int> _actual;
    private readonly ReadOnlySpan<double> _scores;
    private readonly int[] _order;
    private int _position;

    public ThresholdSweep(ReadOnlySpan<int> actual, ReadOnlySpan<double> scores)
    {
        ClassificationMetrics.CheckLengths(actual.Length, scores.Length);
        _actual = actual;
        _scores = scores;
        _order = ScoreMetrics.Ascending(scores);
        Array.Reverse(_order);
        foreach (var label in actual)
        {
            Positives += label == 1 ? 1 : 0;
        }
        if (Positives == 0)
        {
            throw OspreyException.Invalid("Precision-recall metrics are undefined when no actual value is positive.");
        }
        _position = 0;
    }

    public long Positives { get; }

    public long TruePositives { get; private set; }

    public long FalsePositives { get; private set; }

    public double Threshold { get; private set; }

    /// <summary>Moves to the next lower distinct score, including all rows tied at it; returns false past the lowest.</summary>
    public bool Next()
    {
        if (_position >= _order.Length)
        {
            return false;
        }
        Threshold = _scores[_order[_position]];
        while (_position < _order.Length && _scores[_order[_position]] == Threshold)
        {
            if (_actual[_order[_position]] == 1)
            {
                TruePositives++;
            }
            else
            {
                FalsePositives++;
            }
            _position++;
        }
        return true;
    }
}
