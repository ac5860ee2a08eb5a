namespace Osprey.Core.Learning.Training;

/// <summary>Creates learners by name: gbdt, random_forest (rf), logistic_regression (logistic), linear_regression (linear).</summary>
public static class LearnerCatalog
{
    /// <summary>Gets the canonical learner names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["gbdt", "random_forest", "logistic_regression", "linear_regression"];

    /// <summary>Returns the named learner configured with the parameters; throws <see cref="ErrorCode.InvalidParameter"/> for unknown names or parameters.</summary>
    public static ILearner Create(string name, IReadOnlyDictionary<string, string>? parameters = null) =>
        name.Trim().ToUpperInvariant().Replace('-', '_') switch
        {
            "GBDT" or "GBM" or "BOOSTING" => new GbdtLearner(parameters),
            "RANDOM_FOREST" or "RF" or "FOREST" => new RandomForestLearner(parameters),
            "LOGISTIC_REGRESSION" or "LOGISTIC" => new LinearLearner(logistic: true, parameters),
            "LINEAR_REGRESSION" or "LINEAR" or "RIDGE" => new LinearLearner(logistic: false, parameters),
            _ => throw OspreyException.Invalid($"There is no learner '{name}'; choose one of: {string.Join(", ", Names)}."),
        };
}
