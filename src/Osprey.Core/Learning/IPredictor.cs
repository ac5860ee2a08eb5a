namespace Osprey.Core.Learning;

/// <summary>A trained learner that turns feature rows into predictions: the positive-class probability (binary), one probability per class (multiclass) or a value (regression).</summary>
public interface IPredictor
{
    /// <summary>Gets what the predictor predicts.</summary>
    LearningTask Task { get; }

    /// <summary>Gets the number of features a row must have.</summary>
    int FeatureCount { get; }

    /// <summary>Gets the number of outputs per row: the class count for multiclass, otherwise 1.</summary>
    int OutputCount { get; }

    /// <summary>Writes one row's predictions into <paramref name="output"/> (length <see cref="OutputCount"/>) without allocating.</summary>
    void PredictRow(ReadOnlySpan<float> features, Span<double> output);

    /// <summary>Returns the predictions of every row, row-major (rows × <see cref="OutputCount"/>), computed in parallel.</summary>
    double[] Predict(FeatureMatrix features);
}
