namespace Osprey.Core.Monitoring.Performance;

/// <summary>How a model's predictions are scored: its kind and, for binary models, which class is positive (metrics such as F1 are about it).</summary>
public sealed record PerformanceTask(PerformanceKind Kind, string? PositiveClass)
{
    /// <summary>The output holding a binary model's positive-class probability.</summary>
    public const string ProbabilityOutput = "probability";

    /// <summary>The output holding a regression model's prediction.</summary>
    public const string PredictionOutput = "prediction";

    /// <summary>The prefix of a multiclass model's per-class probability outputs.</summary>
    public const string ClassProbabilityPrefix = "probability_";

    /// <summary>Reads the task from the samples: regression when no class is predicted, binary when a <c>probability</c> output is logged, else multiclass.</summary>
    /// <remarks>A binary model's positive class is the one predicted where the probability is at least 0.5 (the serving threshold may differ, so it is
    /// a vote); without any such row it is the ordinally larger class, the order training gives classes.</remarks>
    public static PerformanceTask Infer(IReadOnlyList<PerformanceSample> samples, string? positiveClass)
    {
        if (samples.Count == 0 || samples.All(s => s.Predicted is null))
        {
            return new PerformanceTask(PerformanceKind.Regression, null);
        }
        if (!samples.Any(s => s.Outputs.ContainsKey(ProbabilityOutput)))
        {
            return new PerformanceTask(PerformanceKind.Multiclass, null);
        }
        return new PerformanceTask(PerformanceKind.Binary, positiveClass ?? VotePositive(samples));
    }

    private static string? VotePositive(IReadOnlyList<PerformanceSample> samples)
    {
        var voted = samples
            .Where(s => s.Predicted is not null && s.Outputs.TryGetValue(ProbabilityOutput, out var p) && p >= 0.5)
            .GroupBy(s => s.Predicted!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (voted is not null)
        {
            return voted.Key;
        }
        var classes = samples.SelectMany(s => new[] { s.Predicted, s.Actual }).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return classes.Count >= 2 ? classes[1] : null;
    }
}
