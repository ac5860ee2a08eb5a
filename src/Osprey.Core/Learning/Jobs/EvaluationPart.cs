namespace Osprey.Core.Learning.Jobs;

/// <summary>Which rows of a data file an evaluation scores: all of them, or one part of the model's own training split.</summary>
public enum EvaluationPart
{
    /// <summary>Every row with a known target.</summary>
    All,
    /// <summary>The rows the model was fitted on.</summary>
    Train,
    /// <summary>The rows used for early stopping.</summary>
    Validation,
    /// <summary>The held-out rows whose metrics the training run logged.</summary>
    Test,
}
