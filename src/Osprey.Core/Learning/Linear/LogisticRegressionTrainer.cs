using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Linear;

/// <summary>Trains L2-regularised logistic regression (binary, or multinomial softmax) with L-BFGS on imputed, standardised, one-hot features.</summary>
public static class LogisticRegressionTrainer
{
    /// <summary>Trains on a binary or multiclass training set and returns the predictor.</summary>
    public static LinearPredictor Train(TrainingSet train, LinearOptions options, CancellationToken ct = default)
    {
        options.Validate();
        train.Validate();
        if (train.Task == LearningTask.Regression)
        {
            throw OspreyException.Invalid("Logistic regression is for classification; use linear regression for a numeric target.");
        }
        var layout = LinearLayout.Fit(train.Features);
        var design = new LinearDesign(train.Features, layout, options.Parallel);
        var outputs = train.Task == LearningTask.MulticlassClassification ? train.ClassCount : 1;
        var weights = ClassWeighting.RowWeights(train, options.BalancedClassWeights, null);
        var totalWeight = weights.Sum();
        var margins = new double[design.Rows * outputs];
        var residuals = new double[margins.Length];
        var penalty = options.L2 / totalWeight;
        var parameterCount = outputs * (design.Width + 1);
        double Objective(double[] parameters, double[] gradient)
        {
            design.Margins(parameters, outputs, margins);
            var loss = Residuals(margins, train.Labels, weights, outputs, residuals, options.Parallel);
            design.Gradient(residuals, outputs, gradient);
            for (var i = 0; i < gradient.Length; i++)
            {
                gradient[i] /= totalWeight;
            }
            var regularisation = 0.0;
            for (var i = 0; i < outputs * design.Width; i++)
            {
                regularisation += 0.5 * penalty * parameters[i] * parameters[i];
                gradient[i] += penalty * parameters[i];
            }
            return loss / totalWeight + regularisation;
        }
        var (solution, _) = Lbfgs.Minimize(Objective, new double[parameterCount], options.MaxIterations, options.Tolerance, ct: ct);
        var rows = Enumerable.Range(0, outputs).Select(k => (IReadOnlyList<double>)solution.AsSpan(k * design.Width, design.Width).ToArray()).ToArray();
        return new LinearPredictor(train.Task, layout, rows, solution[(outputs * design.Width)..]);
    }

    /// <summary>Writes weighted (probability - target) residuals and returns the weighted log loss sum (summed per block in a fixed order).</summary>
    private static double Residuals(double[] margins, double[] labels, double[] weights, int outputs, double[] residuals, ParallelOptions parallel)
    {
        const int Block = 16384;
        var losses = new double[(labels.Length + Block - 1) / Block];
        Parallel.For(0, losses.Length, parallel, block =>
        {
            Span<double> p = stackalloc double[outputs];
            var end = Math.Min(labels.Length, (block + 1) * Block);
            var loss = 0.0;
            for (var r = block * Block; r < end; r++)
            {
                loss += RowResidual(margins, labels, weights, outputs, residuals, r, p);
            }
            losses[block] = loss;
        });
        return losses.Sum();
    }

    private static double RowResidual(double[] margins, double[] labels, double[] weights, int outputs, double[] residuals, int r, Span<double> p)
    {
        if (outputs == 1)
        {
            var z = margins[r];
            // log(1 + e^z) computed without overflow for large |z|.
            var softplus = z > 0 ? z + double.LogP1(Math.Exp(-z)) : double.LogP1(Math.Exp(z));
            residuals[r] = weights[r] * (1 / (1 + Math.Exp(-z)) - labels[r]);
            return weights[r] * (softplus - labels[r] * z);
        }
        margins.AsSpan(r * outputs, outputs).CopyTo(p);
        TreeEnsemble.ApplyTransform(OutputTransform.Softmax, p);
        var label = (int)labels[r];
        for (var k = 0; k < outputs; k++)
        {
            residuals[r * outputs + k] = weights[r] * (p[k] - (k == label ? 1 : 0));
        }
        return -weights[r] * Math.Log(Math.Max(p[label], 1e-300));
    }
}
