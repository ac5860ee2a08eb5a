namespace Osprey.Core.Learning.Trees;

/// <summary>A sum of decision trees (a boosted model or a forest): each tree adds to one output, then a transform gives the predictions.</summary>
public sealed class TreeEnsemble
{
    /// <summary>Creates an ensemble; <paramref name="treeOutputs"/> says which output each tree adds to.</summary>
    public TreeEnsemble(IReadOnlyList<DecisionTree> trees, IReadOnlyList<int> treeOutputs, IReadOnlyList<double> baseScores, OutputTransform transform, bool singlePrecisionSums = false)
    {
        if (trees.Count != treeOutputs.Count)
        {
            throw OspreyException.Invalid($"An ensemble has {trees.Count} trees but {treeOutputs.Count} tree output indices.");
        }
        if (baseScores.Count == 0 || treeOutputs.Any(o => (uint)o >= (uint)baseScores.Count))
        {
            throw OspreyException.Invalid($"Every tree must add to one of the {baseScores.Count} outputs.");
        }
        if (transform == OutputTransform.Sigmoid && baseScores.Count != 1)
        {
            throw OspreyException.Invalid("A sigmoid output needs exactly one margin.");
        }
        Trees = trees;
        TreeOutputs = treeOutputs;
        BaseScores = baseScores;
        Transform = transform;
        SinglePrecisionSums = singlePrecisionSums;
    }

    /// <summary>Gets whether margins are summed in 32-bit floats, tree by tree from the base score, as XGBoost does; imported XGBoost models set it to reproduce its predictions.</summary>
    public bool SinglePrecisionSums { get; }

    /// <summary>Gets the trees in order.</summary>
    public IReadOnlyList<DecisionTree> Trees { get; }

    /// <summary>Gets, for each tree, the output (class) it adds to.</summary>
    public IReadOnlyList<int> TreeOutputs { get; }

    /// <summary>Gets the starting margin of each output.</summary>
    public IReadOnlyList<double> BaseScores { get; }

    /// <summary>Gets the transform from margins to predictions.</summary>
    public OutputTransform Transform { get; }

    /// <summary>Gets the number of margins: 1 for binary and regression, the class count for multiclass.</summary>
    public int OutputCount => BaseScores.Count;

    /// <summary>Returns a new ensemble with only the first <paramref name="count"/> trees.</summary>
    public TreeEnsemble Truncate(int count) =>
        new(Trees.Take(count).ToArray(), TreeOutputs.Take(count).ToArray(), BaseScores, Transform, SinglePrecisionSums);

    /// <summary>Writes the margins for one row of raw features (simple reference path; use a compiled scorer for speed).</summary>
    public void PredictMargins(ReadOnlySpan<float> features, Span<double> margins)
    {
        for (var o = 0; o < OutputCount; o++)
        {
            margins[o] = BaseScores[o];
        }
        for (var t = 0; t < Trees.Count; t++)
        {
            var sum = margins[TreeOutputs[t]] + Trees[t].Predict(features);
            margins[TreeOutputs[t]] = SinglePrecisionSums ? (float)sum : sum;
        }
    }

    /// <summary>Applies <see cref="Transform"/> in place: margins become probabilities or stay as values.</summary>
    public static void ApplyTransform(OutputTransform transform, Span<double> values)
    {
        switch (transform)
        {
            case OutputTransform.Sigmoid:
                values[0] = 1.0 / (1.0 + Math.Exp(-values[0]));
                break;
            case OutputTransform.Softmax:
                var max = double.NegativeInfinity;
                foreach (var v in values)
                {
                    max = Math.Max(max, v);
                }
                var sum = 0.0;
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Math.Exp(values[i] - max);
                    sum += values[i];
                }
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] /= sum;
                }
                break;
            case OutputTransform.Normalize:
                var total = 0.0;
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Math.Max(0, values[i]);
                    total += values[i];
                }
                for (var i = 0; i < values.Length && total > 0; i++)
                {
                    values[i] /= total;
                }
                break;
        }
    }
}
