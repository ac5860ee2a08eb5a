namespace Osprey.Core.Learning.Models;

/// <summary>What a model file says about its model: learner, task, target and classes, the parameters it was trained with, and free-form metadata.</summary>
public sealed record ModelInfo(
    string Learner,
    LearningTask Task,
    string? Target,
    IReadOnlyList<string> Classes,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>Gets the name of each output column: <c>probability</c> for binary (of the positive class), <c>probability_&lt;class&gt;</c> for multiclass, <c>prediction</c> for regression.</summary>
    public IReadOnlyList<string> OutputNames => Task switch
    {
        LearningTask.BinaryClassification => ["probability"],
        LearningTask.MulticlassClassification => Classes.Select(c => $"probability_{c}").ToArray(),
        _ => ["prediction"],
    };
}
