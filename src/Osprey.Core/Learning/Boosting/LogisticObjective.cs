using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Boosting;

/// <summary>Binary log loss on a logit margin; labels are 0 or 1.</summary>
internal sealed class LogisticObjective : IObjective
{
    private const double MinHessian = 1e-16;
    private const double Clip = 1e-15;

    public int OutputCount => 1;

    public OutputTransform Transform => OutputTransform.Sigmoid;

    public string LossName => "log_loss";

    public double[] InitialScores(double[] labels, double[] weights)
    {
        double positive = 0, total = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            positive += labels[i] * weights[i];
            total += weights[i];
        }
        var p = Math.Clamp(positive / total, 1e-6, 1 - 1e-6);
        return [Math.Log(p / (1 - p))];
    }

    public void Gradients(double[] margins, double[] labels, double[] weights, double[][] gradients, ParallelOptions parallel)
    {
        var gh = gradients[0];
        Parallel.For(0, BlockCount(labels.Length), parallel, block =>
        {
            var (start, end) = Block(block, labels.Length);
            for (var i = start; i < end; i++)
            {
                var p = 1.0 / (1.0 + Math.Exp(-margins[i]));
                gh[2 * i] = (p - labels[i]) * weights[i];
                gh[2 * i + 1] = Math.Max(p * (1 - p), MinHessian) * weights[i];
            }
        });
    }

    public double Loss(double[] margins, double[] labels, double[]? weights)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var p = Math.Clamp(1.0 / (1.0 + Math.Exp(-margins[i])), Clip, 1 - Clip);
            var w = weights?[i] ?? 1;
            sum -= w * (labels[i] > 0.5 ? Math.Log(p) : Math.Log(1 - p));
            total += w;
        }
        return sum / total;
    }

    internal static int BlockCount(int rows) => (rows + 65535) / 65536;

    internal static (int Start, int End) Block(int block, int rows) => (block * 65536, Math.Min(rows, (block + 1) * 65536));
}
