using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Osprey.Cli.Demo;

/// <summary>A tiny, deterministic logistic regression on generated points: enough to give the demo a real loss curve and a model file.</summary>
/// <param name="LearningRate">Gradient descent step size; it changes between demo rounds so runs differ.</param>
/// <param name="L2">Weight decay.</param>
/// <param name="Epochs">Full passes over the points, one logged loss value each.</param>
internal sealed record DemoTraining(double LearningRate, double L2, int Epochs)
{
    private const int PointCount = 200;
    private static readonly double[] LearningRates = [0.5, 1.0, 0.25, 2.0];
    private static readonly string[] Features = ["x1", "x2"];
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Gets the settings of demo round <paramref name="round"/> (1-based): learning rate cycles, weight decay alternates.</summary>
    public static DemoTraining ForRound(int round) =>
        new(LearningRates[(round - 1) % LearningRates.Length], round % 2 == 0 ? 0.01 : 0.0, 20);

    /// <summary>Gets the training points: two features and a 0/1 label, the same on every machine.</summary>
    public static IReadOnlyList<(double X1, double X2, int Label)> Points { get; } = Enumerable.Range(0, PointCount).Select(i =>
    {
        var x1 = Math.Cos(i * 0.7) * (1 + (i % 7) / 7.0);
        var x2 = Math.Sin(i * 1.3) * (1 + (i % 5) / 5.0);
        return (x1, x2, x1 + 0.5 * x2 > 0.1 ? 1 : 0);
    }).ToList();

    /// <summary>Gets a SHA-256 fingerprint of the points, logged as the run's data set digest.</summary>
    public static string PointsDigest { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\n', Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X1:R},{p.X2:R},{p.Label}"))))))[..16];

    /// <summary>Trains with full-batch gradient descent, reporting each epoch's log loss, and returns the fitted model.</summary>
    public DemoModel Train(Action<int, double> onEpoch)
    {
        double w1 = 0, w2 = 0, bias = 0;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            double g1 = 0, g2 = 0, gb = 0;
            foreach (var (x1, x2, label) in Points)
            {
                var error = Sigmoid(w1 * x1 + w2 * x2 + bias) - label;
                g1 += error * x1;
                g2 += error * x2;
                gb += error;
            }
            w1 -= LearningRate * (g1 / Points.Count + L2 * w1);
            w2 -= LearningRate * (g2 / Points.Count + L2 * w2);
            bias -= LearningRate * gb / Points.Count;
            onEpoch(epoch, LogLoss(w1, w2, bias));
        }
        var accuracy = Points.Count(p => (Sigmoid(w1 * p.X1 + w2 * p.X2 + bias) >= 0.5 ? 1 : 0) == p.Label) / (double)Points.Count;
        return new DemoModel(w1, w2, bias, LogLoss(w1, w2, bias), accuracy);
    }

    /// <summary>Serialises a fitted model as the JSON file the demo uploads as its artifact.</summary>
    public string ToModelJson(DemoModel model) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["kind"] = "logistic_regression",
        ["features"] = Features,
        ["weights"] = new[] { model.W1, model.W2 },
        ["bias"] = model.Bias,
        ["trained_with"] = new Dictionary<string, double> { ["learning_rate"] = LearningRate, ["l2"] = L2, ["epochs"] = Epochs },
    }, Indented);

    private static double LogLoss(double w1, double w2, double bias) => -Points.Average(p =>
    {
        var probability = Math.Clamp(Sigmoid(w1 * p.X1 + w2 * p.X2 + bias), 1e-12, 1 - 1e-12);
        return p.Label == 1 ? Math.Log(probability) : Math.Log(1 - probability);
    });

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
