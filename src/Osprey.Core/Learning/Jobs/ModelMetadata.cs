using System.Globalization;
using Osprey.Core.Learning.Models;

namespace Osprey.Core.Learning.Jobs;

/// <summary>The facts a training job adds to a model file's metadata (besides the split): the run and the decision threshold.</summary>
public static class ModelMetadata
{
    /// <summary>The metadata key of the run that trained the model.</summary>
    public const string RunId = "run_id";

    /// <summary>The metadata key of the binary decision threshold the model was trained and evaluated with.</summary>
    public const string Threshold = "threshold";

    /// <summary>Returns the model's recorded threshold, or 0.5 when it records none.</summary>
    public static double ThresholdOf(TrainedModel model) =>
        model.Info.Metadata.TryGetValue(Threshold, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : 0.5;
}
