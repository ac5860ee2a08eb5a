namespace Osprey.Core.Learning.Jobs;

/// <summary>What <see cref="EvaluationJob"/> evaluates: a model reference (<c>models:/...</c>, <c>runs:/...</c> or a path) on a data file.</summary>
public sealed record EvaluationJobRequest(string Model, DataFile Data)
{
    /// <summary>Gets the target column, needed only when the model does not name one (imported models).</summary>
    public string? Target { get; init; }

    /// <summary>Gets the decision threshold of binary models, or null for the one the model was trained with (else 0.5).</summary>
    public double? Threshold { get; init; }

    /// <summary>Gets which rows to evaluate: all (default) or one part of the model's training split.</summary>
    public EvaluationPart Part { get; init; } = EvaluationPart.All;

    /// <summary>Gets the gates the metrics must clear.</summary>
    public IReadOnlyList<MetricGate> Gates { get; init; } = [];

    /// <summary>Gets whether to log the metrics (prefixed <c>eval_</c>) and the data set to the model's run.</summary>
    public bool LogToRun { get; init; }
}
