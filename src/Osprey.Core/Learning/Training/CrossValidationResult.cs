namespace Osprey.Core.Learning.Training;

/// <summary>The metrics of each fold, and their mean and population standard deviation over folds.</summary>
public sealed record CrossValidationResult(
    IReadOnlyList<IReadOnlyDictionary<string, double>> Folds,
    IReadOnlyDictionary<string, double> Mean,
    IReadOnlyDictionary<string, double> StandardDeviation);
