using Osprey.Core.Data;

namespace Osprey.Core.Learning.Jobs;

/// <summary>What <see cref="TrainingJob"/> trains and where it records and registers the result.</summary>
public sealed record TrainingJobRequest(DataFile Data, string Target)
{
    /// <summary>Gets the learner: gbdt (default), random_forest, logistic_regression or linear_regression.</summary>
    public string Learner { get; init; } = "gbdt";

    /// <summary>Gets learner parameters as text, such as trees=300.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the experiment name (created when missing), or null for the Default experiment.</summary>
    public string? Experiment { get; init; }

    /// <summary>Gets the run name, or null for a generated one.</summary>
    public string? RunName { get; init; }

    /// <summary>Gets the split strategy, or null for stratified on the target (classification) or random (regression).</summary>
    public SplitStrategy? Split { get; init; }

    /// <summary>Gets the column a stratified or time split uses; a stratified split defaults to the target.</summary>
    public string? SplitColumn { get; init; }

    /// <summary>Gets the validation fraction (default 0.1).</summary>
    public double ValidationFraction { get; init; } = 0.1;

    /// <summary>Gets the test fraction (default 0.2).</summary>
    public double TestFraction { get; init; } = 0.2;

    /// <summary>Gets the seed of the split and, unless a seed parameter is given, of the learner; null keeps 42.</summary>
    public long? Seed { get; init; }

    /// <summary>Gets the probability at or above which a binary prediction is positive in the logged metrics.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Gets columns that must not become features.</summary>
    public IReadOnlyCollection<string> Exclude { get; init; } = [];

    /// <summary>Gets the gates the test metrics must clear before the model is registered.</summary>
    public IReadOnlyList<MetricGate> Gates { get; init; } = [];

    /// <summary>Gets the registered model name to add a version to, or null to register nothing.</summary>
    public string? RegisterAs { get; init; }

    /// <summary>Gets the alias to point at the new version (needs <see cref="RegisterAs"/>).</summary>
    public string? Alias { get; init; }
}
