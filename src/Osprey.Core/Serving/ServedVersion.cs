using System.Globalization;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Jobs;
using Osprey.Core.Learning.Models;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Requests;

namespace Osprey.Core.Serving;

/// <summary>One loaded model version, ready to score: the model, its request encoder and schema, its decision rule and its metric series.</summary>
public sealed class ServedVersion
{
    /// <summary>Prepares a loaded model for serving.</summary>
    public ServedVersion(string modelName, int version, TrainedModel model, ValidationPolicy policy, ServingMetrics metrics)
    {
        ModelName = modelName;
        Version = version;
        VersionText = version.ToString(CultureInfo.InvariantCulture);
        Model = model;
        Encoder = new RowEncoder(model.Encoder, policy);
        Schema = ServingSchema.Of(modelName, version, model, policy);
        Classes = model.Info.Task == LearningTask.Regression ? [] : model.Info.Classes;
        Threshold = ModelMetadata.ThresholdOf(model);
        Metrics = metrics.ForVersion(modelName, VersionText, Classes);
        FeatureNames = model.Encoder.Columns.Select(c => c.Name).ToArray();
        OutputNames = model.Info.OutputNames;
    }

    /// <summary>Gets the name of each output (<c>probability</c>, <c>probability_&lt;class&gt;</c> or <c>prediction</c>).</summary>
    public IReadOnlyList<string> OutputNames { get; }

    /// <summary>Gets the feature names in the order positional rows follow.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Gets the registered model's name.</summary>
    public string ModelName { get; }

    /// <summary>Gets the registry version number.</summary>
    public int Version { get; }

    /// <summary>Gets the version number as text (the <c>version</c> metric label).</summary>
    public string VersionText { get; }

    /// <summary>Gets the model.</summary>
    public TrainedModel Model { get; }

    /// <summary>Gets the encoder that validates request rows and turns them into features.</summary>
    public RowEncoder Encoder { get; }

    /// <summary>Gets what clients must send.</summary>
    public ServingSchema Schema { get; }

    /// <summary>Gets the class names in output order (empty for regression).</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Gets the probability at or above which a binary prediction is the positive class (the model's recorded threshold, else 0.5).</summary>
    public double Threshold { get; }

    /// <summary>Gets the number of features a row encodes to.</summary>
    public int FeatureCount => Encoder.Columns.Count;

    /// <summary>Gets the number of outputs per row.</summary>
    public int OutputCount => Model.OutputCount;

    /// <summary>Gets the metric series of this version.</summary>
    public VersionMetrics Metrics { get; }

    /// <summary>Returns the predicted class index for one row's outputs, or -1 for regression.</summary>
    public int Decide(ReadOnlySpan<double> outputs)
    {
        switch (Model.Info.Task)
        {
            case LearningTask.BinaryClassification:
                return outputs[0] >= Threshold ? 1 : 0;
            case LearningTask.MulticlassClassification:
                var best = 0;
                for (var i = 1; i < outputs.Length; i++)
                {
                    best = outputs[i] > outputs[best] ? i : best;
                }
                return best;
            default:
                return -1;
        }
    }

    /// <summary>Returns the probability of class <paramref name="classIndex"/> from one row's outputs (binary outputs hold the positive class only).</summary>
    public double Probability(ReadOnlySpan<double> outputs, int classIndex) =>
        Model.Info.Task == LearningTask.BinaryClassification ? (classIndex == 1 ? outputs[0] : 1 - outputs[0]) : outputs[classIndex];
}
