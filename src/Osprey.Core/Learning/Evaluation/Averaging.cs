namespace Osprey.Core.Learning.Evaluation;

/// <summary>How per-class precision, recall and F1 are combined, as scikit-learn's <c>average</c> argument.</summary>
public enum Averaging
{
    /// <summary>Only the positive class (label 1) is reported.</summary>
    Binary,
    /// <summary>The unweighted mean over the labels present in actual or predicted values.</summary>
    Macro,
    /// <summary>The mean over labels weighted by each label's count in the actual values.</summary>
    Weighted,
    /// <summary>Counts are summed over labels before dividing (equals accuracy for single-label data).</summary>
    Micro,
}
