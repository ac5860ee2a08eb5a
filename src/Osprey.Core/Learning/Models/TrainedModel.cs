using Osprey.Core.Data;
using Osprey.Core.Learning.Preprocessing;

namespace Osprey.Core.Learning.Models;

/// <summary>A complete model: preprocessing from raw columns to features, the predictor, and what it predicts; this is what a model file holds.</summary>
public sealed class TrainedModel(ModelInfo info, FeatureEncoder encoder, IPredictor predictor)
{
    /// <summary>Gets the description of the model.</summary>
    public ModelInfo Info { get; } = info;

    /// <summary>Gets the preprocessing from raw columns to features.</summary>
    public FeatureEncoder Encoder { get; } = encoder;

    /// <summary>Gets the predictor over encoded features.</summary>
    public IPredictor Predictor { get; } = predictor;

    /// <summary>Gets the number of outputs per row (see <see cref="ModelInfo.OutputNames"/>).</summary>
    public int OutputCount => Predictor.OutputCount;

    /// <summary>Returns row-major predictions for a table that has every input column (extra columns are ignored).</summary>
    public double[] Predict(Table table) => Predictor.Predict(Encoder.Transform(table, out _));

    /// <summary>Scores one row of raw text values aligned with <see cref="FeatureEncoder.Columns"/> without allocating.</summary>
    public void PredictRow(ReadOnlySpan<string?> values, Span<double> output)
    {
        Span<float> features = stackalloc float[Encoder.Columns.Count];
        Encoder.EncodeRow(values, features);
        Predictor.PredictRow(features, output);
    }

    /// <summary>Returns the class index each row's probabilities favour (binary: probability at or above <paramref name="threshold"/> is class 1).</summary>
    public int[] PredictClasses(ReadOnlySpan<double> predictions, double threshold = 0.5) => Info.Task switch
    {
        LearningTask.BinaryClassification => Evaluation.ClassificationMetrics.Threshold(predictions, threshold),
        LearningTask.MulticlassClassification => Evaluation.ClassificationMetrics.ArgMax(predictions, OutputCount),
        _ => throw OspreyException.Invalid("A regression model has no classes to predict."),
    };
}
