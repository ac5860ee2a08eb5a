namespace Osprey.Core.Learning.Linear;

/// <summary>Trains ridge regression (L2 on standardised weights, unpenalised intercept) by solving the normal equations.</summary>
public static class LinearRegressionTrainer
{
    /// <summary>Trains on a regression training set and returns the predictor.</summary>
    public static LinearPredictor Train(TrainingSet train, LinearOptions options, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        options.Validate();
        train.Validate();
        if (train.Task != LearningTask.Regression)
        {
            throw OspreyException.Invalid("Linear regression needs a numeric target; use logistic regression for classes.");
        }
        var layout = LinearLayout.Fit(train.Features);
        var design = new LinearDesign(train.Features, layout, options.Parallel);
        var size = design.Width + 1;
        var gram = new double[size * size];
        var moment = new double[size];
        design.NormalEquations(train.Labels, train.Weights ?? Enumerable.Repeat(1.0, train.Labels.Length).ToArray(), gram, moment);
        for (var j = 0; j < design.Width; j++)
        {
            // A tiny ridge keeps the system solvable when one-hot columns and the intercept are collinear and l2 is 0.
            gram[j * size + j] += Math.Max(options.L2, 1e-9);
        }
        var solution = Cholesky.Solve(gram, moment, size);
        return new LinearPredictor(LearningTask.Regression, layout, [solution[..design.Width]], [solution[design.Width]]);
    }
}
