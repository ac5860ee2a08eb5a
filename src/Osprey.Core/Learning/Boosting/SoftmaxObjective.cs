using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Boosting;

/// <summary>Multiclass log loss on per-class margins; labels are class indices 0..K-1.</summary>
internal sealed class SoftmaxObjective(int classCount) : IObjective
{
    private const double MinHessian = 1e-16;
    private const double Clip = 1e-15;

    public int OutputCount => classCount;

    public OutputTransform Transform => OutputTransform.Softmax;

    public string LossName => "log_loss";

    public double[] InitialScores(double[] labels, double[] weights)
    {
        var priors = new double[classCount];
        double total = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            priors[(int)labels[i]] += weights[i];
            total += weights[i];
        }
        for (var k = 0; k < classCount; k++)
        {
            priors[k] = Math.Log(Math.Max(priors[k] / total, 1e-6));
        }
        return priors;
    }

    public void Gradients(double[] margins, double[] labels, double[] weights, double[][] gradients, ParallelOptions parallel)
    {
        Parallel.For(0, LogisticObjective.BlockCount(labels.Length), parallel, block =>
        {
            Span<double> p = stackalloc double[classCount];
            var (start, end) = LogisticObjective.Block(block, labels.Length);
            for (var i = start; i < end; i++)
            {
                margins.AsSpan(i * classCount, classCount).CopyTo(p);
                TreeEnsemble.ApplyTransform(OutputTransform.Softmax, p);
                var label = (int)labels[i];
                for (var k = 0; k < classCount; k++)
                {
                    var target = k == label ? 1.0 : 0.0;
                    gradients[k][2 * i] = (p[k] - target) * weights[i];
                    // The factor 2 follows XGBoost's softmax hessian, which keeps leaf steps comparable to its models.
                    gradients[k][2 * i + 1] = Math.Max(2 * p[k] * (1 - p[k]), MinHessian) * weights[i];
                }
            }
        });
    }

    public double Loss(double[] margins, double[] labels, double[]? weights)
    {
        Span<double> p = stackalloc double[classCount];
        double sum = 0, total = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            margins.AsSpan(i * classCount, classCount).CopyTo(p);
            TreeEnsemble.ApplyTransform(OutputTransform.Softmax, p);
            var w = weights?[i] ?? 1;
            sum -= w * Math.Log(Math.Clamp(p[(int)labels[i]], Clip, 1 - Clip));
            total += w;
        }
        return sum / total;
    }
}
