using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Boosting;

/// <summary>A boosting loss: its starting margins, per-row gradients and hessians, and the loss reported for validation.</summary>
internal interface IObjective
{
    /// <summary>Gets the number of margins per row (trees per iteration).</summary>
    int OutputCount { get; }

    /// <summary>Gets the transform that turns margins into predictions.</summary>
    OutputTransform Transform { get; }

    /// <summary>Gets the name of the loss that <see cref="Loss"/> reports, such as <c>log_loss</c>.</summary>
    string LossName { get; }

    /// <summary>Returns the margins every row starts from.</summary>
    double[] InitialScores(double[] labels, double[] weights);

    /// <summary>Fills one interleaved (g, h) array per output from row-major margins (rows × outputs).</summary>
    void Gradients(double[] margins, double[] labels, double[] weights, double[][] gradients, ParallelOptions parallel);

    /// <summary>Returns the mean (weighted) loss of row-major margins.</summary>
    double Loss(double[] margins, double[] labels, double[]? weights);
}
