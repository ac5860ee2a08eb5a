namespace Osprey.Core.Learning;

/// <summary>What a model predicts.</summary>
public enum LearningTask
{
    /// <summary>Two classes; the model outputs the probability of the positive class.</summary>
    BinaryClassification,
    /// <summary>Three or more classes; the model outputs one probability per class.</summary>
    MulticlassClassification,
    /// <summary>A real number.</summary>
    Regression,
}
