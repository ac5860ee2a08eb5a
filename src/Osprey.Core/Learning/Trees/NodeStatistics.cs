namespace Osprey.Core.Learning.Trees;

/// <summary>A node's gradient and hessian sums and its row count, with the regularised leaf weight and score they imply.</summary>
internal readonly record struct NodeStatistics(double Gradient, double Hessian, int Count)
{
    public static double ThresholdL1(double gradient, double l1) =>
        gradient > l1 ? gradient - l1 : gradient < -l1 ? gradient + l1 : 0;

    /// <summary>Returns the structure score G²/(H+λ) (with L1 soft-thresholding) that split gains compare.</summary>
    public static double Score(double gradient, double hessian, double l1, double l2)
    {
        var g = ThresholdL1(gradient, l1);
        return g * g / (hessian + l2);
    }

    /// <summary>Returns the optimal leaf weight -G/(H+λ) (with L1 soft-thresholding).</summary>
    public static double Weight(double gradient, double hessian, double l1, double l2) =>
        hessian + l2 <= 0 ? 0 : -ThresholdL1(gradient, l1) / (hessian + l2);
}
