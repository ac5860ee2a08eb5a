using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Boosting;

/// <summary>Squared error on a real-valued margin; the reported loss is the root mean squared error.</summary>
internal sealed class SquaredErrorObjective : IObjective
{
    public int OutputCount => 1;

    public OutputTransform Transform => OutputTransform.Identity;

    public string LossName => "rmse";

    public double[] InitialScores(double[] labels, double[] weights)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            sum += labels[i] * weights[i];
            total += weights[i];
        }
        return [sum / total];
    }

    public void Gradients(double[] margins, double[] labels, double[] weights, double[][] gradients, ParallelOptions parallel)
    {
        var gh = gradients[0];
        Parallel.For(0, LogisticObjective.BlockCount(labels.Length), parallel, block =>
        {
            var (start, end) = LogisticObjective.Block(block, labels.Length);
            for (var i = start; i < end; i++)
            {
                gh[2 * i] = (margins[i] - labels[i]) * weights[i];
                gh[2 * i + 1] = weights[i];
            }
        });
    }

    public double Loss(double[] margins, double[] labels, double[]? weights)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var w = weights?[i] ?? 1;
            var error = margins[i] - labels[i];
            sum += w * error * error;
            total += w;
        }
        return Math.Sqrt(sum / total);
    }
}
