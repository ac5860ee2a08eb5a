using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Linear;

/// <summary>Scores a linear or logistic model with its own imputation, standardisation and one-hot expansion: allocation-free per row.</summary>
public sealed class LinearPredictor : IPredictor
{
    private readonly int[] _offsets;
    private readonly int _width;
    private readonly double[][] _weights;
    private readonly double[] _intercepts;
    private readonly bool[] _categorical;

    /// <summary>Creates a predictor; <paramref name="weights"/> holds one row of design-column weights per output.</summary>
    public LinearPredictor(LearningTask task, LinearLayout layout, IReadOnlyList<IReadOnlyList<double>> weights, IReadOnlyList<double> intercepts)
    {
        (_offsets, _width) = layout.Columns();
        if (weights.Count != intercepts.Count || weights.Any(w => w.Count != _width))
        {
            throw OspreyException.Invalid($"A linear model needs {intercepts.Count} rows of {_width} weights, one per output.");
        }
        var outputs = task == LearningTask.MulticlassClassification ? intercepts.Count : 1;
        if (intercepts.Count != outputs)
        {
            throw OspreyException.Invalid($"A {task} linear model has {intercepts.Count} intercepts but needs {outputs}.");
        }
        Task = task;
        Layout = layout;
        Weights = weights;
        Intercepts = intercepts;
        OutputCount = outputs;
        _weights = weights.Select(w => w.ToArray()).ToArray();
        _intercepts = intercepts.ToArray();
        _categorical = layout.Features.Select(f => f.Kind == FeatureKind.Categorical).ToArray();
    }

    /// <inheritdoc />
    public LearningTask Task { get; }

    /// <summary>Gets the imputation, standardisation and design columns.</summary>
    public LinearLayout Layout { get; }

    /// <summary>Gets the weights per output, over the design columns.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Weights { get; }

    /// <summary>Gets the intercept per output.</summary>
    public IReadOnlyList<double> Intercepts { get; }

    /// <inheritdoc />
    public int FeatureCount => Layout.Features.Count;

    /// <inheritdoc />
    public int OutputCount { get; }

    /// <inheritdoc />
    public void PredictRow(ReadOnlySpan<float> features, Span<double> output)
    {
        for (var k = 0; k < OutputCount; k++)
        {
            var weights = _weights[k];
            var z = _intercepts[k];
            for (var f = 0; f < _categorical.Length; f++)
            {
                if (_categorical[f])
                {
                    var category = Layout.CategoryOf(f, features[f]);
                    z += category < 0 ? 0 : weights[_offsets[f] + category];
                }
                else
                {
                    z += weights[_offsets[f]] * Layout.Standardize(f, features[f]);
                }
            }
            output[k] = z;
        }
        TreeEnsemble.ApplyTransform(Task switch
        {
            LearningTask.BinaryClassification => OutputTransform.Sigmoid,
            LearningTask.MulticlassClassification => OutputTransform.Softmax,
            _ => OutputTransform.Identity,
        }, output[..OutputCount]);
    }

    /// <inheritdoc />
    public double[] Predict(FeatureMatrix features)
    {
        var output = new double[features.RowCount * OutputCount];
        Parallel.For(0, (features.RowCount + 4095) / 4096, block =>
        {
            Span<float> row = stackalloc float[FeatureCount];
            var end = Math.Min(features.RowCount, (block + 1) * 4096);
            for (var r = block * 4096; r < end; r++)
            {
                features.CopyRow(r, row);
                PredictRow(row, output.AsSpan(r * OutputCount, OutputCount));
            }
        });
        return output;
    }

    internal int DesignWidth => _width;
}
