namespace Osprey.Core.Learning.Jobs;

/// <summary>The outcome of checking metrics against gates: every gate checked and the sentence of each one that failed.</summary>
public sealed record GateResult(IReadOnlyList<MetricGate> Gates, IReadOnlyList<string> Failures)
{
    /// <summary>Gets whether every gate was cleared (true when there are no gates).</summary>
    public bool Passed => Failures.Count == 0;

    /// <summary>Checks every gate against the metrics.</summary>
    public static GateResult Check(IReadOnlyList<MetricGate> gates, IReadOnlyDictionary<string, double> metrics) =>
        new(gates, gates.Select(g => g.Check(metrics)).OfType<string>().ToArray());

    /// <summary>Gets one line describing the failures, such as <c>the gate failed: f1 = 0.55 is below the minimum 0.6</c>.</summary>
    public string Describe() => Passed
        ? $"the gate passed ({string.Join(", ", Gates)})"
        : $"the gate failed: {string.Join("; ", Failures)}";
}
