using Osprey.Core.Learning;
using Osprey.Core.Learning.Models;
using Osprey.Core.Registry;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Loading;

namespace Osprey.Serving.Tests.Fixtures;

/// <summary>Loads registered models for real, but their predictors throw for rows whose <c>tenure</c> is <see cref="Poison"/>: scoring failures on demand.</summary>
public sealed class FailingLoader(IServedModelLoader inner) : IServedModelLoader
{
    /// <summary>The tenure that makes scoring throw.</summary>
    public const int Poison = 999;

    public Task<ModelVersion> ResolveAsync(ModelReference reference, CancellationToken ct) => inner.ResolveAsync(reference, ct);

    public async Task<TrainedModel> LoadAsync(ModelVersion version, CancellationToken ct)
    {
        var model = await inner.LoadAsync(version, ct);
        var tenure = model.Encoder.Columns.Select((c, i) => (c.Name, i)).Single(p => p.Name == "tenure").i;
        return new TrainedModel(model.Info, model.Encoder, new Poisoned(model.Predictor, tenure));
    }

    private sealed class Poisoned(IPredictor inner, int feature) : IPredictor
    {
        public LearningTask Task => inner.Task;

        public int FeatureCount => inner.FeatureCount;

        public int OutputCount => inner.OutputCount;

        public void PredictRow(ReadOnlySpan<float> features, Span<double> output)
        {
            if (features[feature] == Poison)
            {
                throw new InvalidOperationException("The poisoned test predictor refuses tenure 999.");
            }
            inner.PredictRow(features, output);
        }

        public double[] Predict(FeatureMatrix features) =>
            features.Column(feature).Contains(Poison) ? throw new InvalidOperationException("The poisoned test predictor refuses tenure 999.") : inner.Predict(features);
    }
}
