using Osprey.Core.Data;

namespace Osprey.Core.Learning.Training;

/// <summary>What to train: the target column, the learner and its parameters, the task (inferred when null), the split and columns to leave out.</summary>
public sealed record TrainingRequest(string Target)
{
    /// <summary>Gets the learner name; the default is gbdt.</summary>
    public string Learner { get; init; } = "gbdt";

    /// <summary>Gets the learner parameters as text, such as trees=300.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the task, or null to infer it from the target column (boolean or text: classification; numbers: regression).</summary>
    public LearningTask? Task { get; init; }

    /// <summary>Gets the split; null means 70/10/20, stratified on the target for classification and random for regression, seed 42.</summary>
    public SplitOptions? Split { get; init; }

    /// <summary>Gets columns that must not become features (besides identifiers and text, which never do).</summary>
    public IReadOnlyCollection<string> Exclude { get; init; } = [];

    /// <summary>Gets the probability at or above which a binary prediction counts as positive in the reported metrics; the default is 0.5.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Gets the tokens the model treats as missing when it scores text values.</summary>
    public IReadOnlyList<string> MissingTokens { get; init; } = CsvOptions.DefaultMissingTokens;
}
