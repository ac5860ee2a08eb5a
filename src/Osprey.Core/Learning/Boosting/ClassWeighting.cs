namespace Osprey.Core.Learning.Boosting;

/// <summary>Combines row weights with per-class weights, explicit or "balanced" (n / (classes × count of the class), as scikit-learn).</summary>
internal static class ClassWeighting
{
    public static double[] RowWeights(TrainingSet train, bool balanced, IReadOnlyList<double>? explicitWeights)
    {
        var rows = train.Labels.Length;
        var weights = train.Weights is null ? Enumerable.Repeat(1.0, rows).ToArray() : (double[])train.Weights.Clone();
        if (train.Task == LearningTask.Regression || (!balanced && explicitWeights is null))
        {
            return weights;
        }
        var perClass = explicitWeights?.ToArray() ?? Balanced(train);
        if (perClass.Length != train.ClassCount)
        {
            throw OspreyException.Invalid($"There are {perClass.Length} class weights but {train.ClassCount} classes.");
        }
        for (var i = 0; i < rows; i++)
        {
            weights[i] *= perClass[(int)train.Labels[i]];
        }
        return weights;
    }

    private static double[] Balanced(TrainingSet train)
    {
        var counts = new double[train.ClassCount];
        foreach (var label in train.Labels)
        {
            counts[(int)label]++;
        }
        return counts.Select(c => c == 0 ? 1.0 : train.Labels.Length / (train.ClassCount * c)).ToArray();
    }
}
