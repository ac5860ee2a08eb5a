using Osprey.Core.Data;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Models;
using Osprey.Core.Serving.Requests;

namespace Osprey.Core.Serving;

/// <summary>What a client must send to a served model and what it gets back, so clients can validate before calling.</summary>
/// <param name="Task">binary_classification, multiclass_classification or regression.</param>
/// <param name="MissingValues">allowed or rejected.</param>
/// <param name="UnseenCategories">missing (treated as a missing value) or rejected.</param>
public sealed record ServingSchema(
    string Name,
    int Version,
    string Task,
    IReadOnlyList<FeatureSchema> Features,
    IReadOnlyList<string> Classes,
    IReadOnlyList<string> Outputs,
    string MissingValues,
    string UnseenCategories)
{
    /// <summary>Describes a loaded model under a validation policy.</summary>
    public static ServingSchema Of(string name, int version, TrainedModel model, ValidationPolicy policy) => new(
        name,
        version,
        model.Info.Task switch
        {
            LearningTask.BinaryClassification => "binary_classification",
            LearningTask.MulticlassClassification => "multiclass_classification",
            _ => "regression",
        },
        model.Encoder.Columns.Select((c, i) => new FeatureSchema(c.Name, i, ColumnKindNames.Format(c.Kind), c.Categories)).ToArray(),
        model.Info.Task == LearningTask.Regression ? [] : model.Info.Classes,
        model.Info.OutputNames,
        policy.RejectMissing ? "rejected" : "allowed",
        policy.RejectUnseenCategories ? "rejected" : "missing");
}
