using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Models;

/// <summary>The spellings of tasks and output transforms in model files.</summary>
internal static class ModelNames
{
    public static string Task(LearningTask task) => task switch
    {
        LearningTask.BinaryClassification => "binary_classification",
        LearningTask.MulticlassClassification => "multiclass_classification",
        _ => "regression",
    };

    public static LearningTask ParseTask(string? text, string source) => text switch
    {
        "binary_classification" => LearningTask.BinaryClassification,
        "multiclass_classification" => LearningTask.MulticlassClassification,
        "regression" => LearningTask.Regression,
        _ => throw OspreyException.Invalid($"{source}: 'task' is '{text}'; expected binary_classification, multiclass_classification or regression."),
    };

    public static string Transform(OutputTransform transform) => transform.ToString().ToLowerInvariant();

    public static OutputTransform ParseTransform(string? text, string source) =>
        Enum.TryParse<OutputTransform>(text, ignoreCase: true, out var transform) && Enum.IsDefined(transform)
            ? transform
            : throw OspreyException.Invalid($"{source}: 'predictor.transform' is '{text}'; expected identity, sigmoid, softmax or normalize.");
}
