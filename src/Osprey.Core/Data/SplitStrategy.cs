namespace Osprey.Core.Data;

/// <summary>How rows are assigned to train, validation and test.</summary>
public enum SplitStrategy
{
    /// <summary>Rows are shuffled with the seed and cut by the fractions.</summary>
    Random,
    /// <summary>Each class of the stratify column is shuffled and cut separately, so every part keeps the class proportions.</summary>
    Stratified,
    /// <summary>Rows are ordered by the time column: oldest for training, then validation, newest for test.</summary>
    Time,
}
