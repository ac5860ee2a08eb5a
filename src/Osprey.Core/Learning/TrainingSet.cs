namespace Osprey.Core.Learning;

/// <summary>Features with their labels: class indices 0..ClassCount-1 for classification, real values for regression; optional row weights.</summary>
public sealed record TrainingSet(FeatureMatrix Features, double[] Labels, LearningTask Task, int ClassCount, double[]? Weights = null)
{
    /// <summary>Throws <see cref="ErrorCode.InvalidParameter"/> when labels or weights do not fit the task, naming the first bad row.</summary>
    public void Validate(string role = "training")
    {
        if (Labels.Length != Features.RowCount || (Weights is not null && Weights.Length != Features.RowCount))
        {
            throw OspreyException.Invalid($"The {role} data has {Features.RowCount} rows but {Labels.Length} labels and {Weights?.Length ?? Labels.Length} weights.");
        }
        if (Features.RowCount == 0)
        {
            throw OspreyException.Invalid($"The {role} data has no rows.");
        }
        for (var i = 0; i < Labels.Length; i++)
        {
            var label = Labels[i];
            var bad = Task == LearningTask.Regression
                ? !double.IsFinite(label)
                : label < 0 || label >= ClassCount || label != Math.Floor(label);
            if (bad)
            {
                throw OspreyException.Invalid($"The {role} label in row {i} is {label}, which is not a valid {(Task == LearningTask.Regression ? "finite number" : $"class index below {ClassCount}")}.");
            }
            if (Weights is not null && (!double.IsFinite(Weights[i]) || Weights[i] < 0))
            {
                throw OspreyException.Invalid($"The {role} weight in row {i} is {Weights[i]}; weights must be finite and not negative.");
            }
        }
    }
}
