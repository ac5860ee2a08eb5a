namespace Osprey.Core.Learning.Trees;

/// <summary>How an ensemble turns its summed outputs (margins) into predictions.</summary>
public enum OutputTransform
{
    /// <summary>The margin is the prediction (regression, or forests that average probabilities).</summary>
    Identity,
    /// <summary>The logistic function of the single margin is the positive-class probability.</summary>
    Sigmoid,
    /// <summary>The softmax of the per-class margins gives the class probabilities.</summary>
    Softmax,
    /// <summary>Per-class averages are clipped at 0 and divided by their sum (multiclass forests).</summary>
    Normalize,
}
