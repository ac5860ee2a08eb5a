using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Linear;

/// <summary>Trains L2-regularised logistic regression (binary, or multinomial softmax) with L-BFGS on imputed, standardised, one-hot features.</summary>
public static class LogisticRegressionTrainer
{
    /// <summary>Trains on a binary or multiclass training set and returns the predictor.</summary>
    public static LinearPredictor Train(TrainingSet train, LinearOptions options)
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
            var loss = Residuals(margins, train.Labels, weights, outputs, residuals);
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
        var (solution, _) = Lbfgs.Minimize(Objective, new double[parameterCount], options.MaxIterations, options.Tolerance);
        var rows = Enumerable.Range(0, outputs).Select(k => (IReadOnlyList<double>)solution.AsSpan(k * design.Width, design.Width).ToArray()).ToArray();
        return new LinearPredictor(train.Task, layout, rows, solution[(outputs * design.Width)..]);
    }

    /// <summary>Writes weighted (probability - target) residuals and returns the weighted log loss sum.</summary>
    private static double Residuals(double[] margins, double[] labels, double[] weights, int outputs, double[] residuals)
    {
        var loss = 0.0;
        Span<double> p = stackalloc double[outputs];
        for (var r = 0; r < labels.Length; r++)
        {
            if (outputs == 1)
            {
                var z = margins[r];
                // log(1 + e^z) computed without overflow for large |z|.
                var softplus = z > 0 ? z + double.LogP1(Math.Exp(-z)) : double.LogP1(Math.Exp(z));
                loss += weights[r] * (softplus - labels[r] * z);
                residuals[r] = weights[r] * (1 / (1 + Math.Exp(-z)) - labels[r]);
                continue;
            }
            margins.AsSpan(r * outputs, outputs).CopyTo(p);
            TreeEnsemble.ApplyTransform(OutputTransform.Softmax, p);
            var label = (int)labels[r];
            loss -= weights[r] * Math.Log(Math.Max(p[label], 1e-300));
            for (var k = 0; k < outputs; k++)
            {
                residuals[r * outputs + k] = weights[r] * (p[k] - (k == label ? 1 : 0));
            }
        }
        return loss;
    }
}
