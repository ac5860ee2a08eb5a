using Osprey.Core.Monitoring.Performance;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Performance;

public sealed class PerformanceMetricsTests
{
    [Fact]
    public void Infer_ProbabilityOutputs_IsBinaryWithThePositiveClassVotedByProbability()
    {
        var samples = new[] { Binary("Churned", 0.8, null), Binary("Stayed", 0.3, null), Binary("Churned", 0.6, "Stayed") };

        var task = PerformanceTask.Infer(samples, positiveClass: null);

        Assert.Equal(new PerformanceTask(PerformanceKind.Binary, "Churned"), task);
    }

    [Fact]
    public void Infer_GivenPositiveClassAndOtherKinds_AreRespected()
    {
        Assert.Equal("Stayed", PerformanceTask.Infer([Binary("Churned", 0.8, null)], "Stayed").PositiveClass);
        Assert.Equal(PerformanceKind.Regression, PerformanceTask.Infer([new(1, 0, null, Outputs(("prediction", 2.0)), "2")], null).Kind);
        Assert.Equal(PerformanceKind.Multiclass, PerformanceTask.Infer([new(1, 0, "a", Outputs(("probability_a", 0.7)), "a")], null).Kind);
    }

    [Fact]
    public void Compute_Multiclass_MacroAveragesAndOneVsRestAuc()
    {
        PerformanceSample Row(string predicted, string actual, double a, double b, double c) =>
            new(1, 0, predicted, Outputs(("probability_a", a), ("probability_b", b), ("probability_c", c)), actual);
        var rows = new[] { Row("a", "a", 0.8, 0.1, 0.1), Row("b", "b", 0.1, 0.8, 0.1), Row("c", "c", 0.1, 0.1, 0.8), Row("a", "b", 0.5, 0.4, 0.1) };

        var metrics = PerformanceMetrics.Compute(new PerformanceTask(PerformanceKind.Multiclass, null), rows);

        Assert.Equal(0.75, metrics["accuracy"], 10);
        // Recall per class: a 1, b 0.5, c 1 → macro 2.5 / 3.
        Assert.Equal(2.5 / 3, metrics["recall"], 10);
        Assert.True(metrics.ContainsKey("roc_auc"));
    }

    [Fact]
    public void Compute_BinaryWithOneClassPresent_LeavesRocAucOut()
    {
        var rows = new[] { Binary("Yes", 0.9, "Yes"), Binary("No", 0.2, "Yes") };

        var metrics = PerformanceMetrics.Compute(new PerformanceTask(PerformanceKind.Binary, "Yes"), rows);

        Assert.Equal(0.5, metrics["recall"], 10);
        Assert.False(metrics.ContainsKey("roc_auc"));
    }

    [Fact]
    public void Compute_NoLabelledRows_IsEmpty() =>
        Assert.Empty(PerformanceMetrics.Compute(new PerformanceTask(PerformanceKind.Binary, "Yes"), []));

    private static PerformanceSample Binary(string predicted, double probability, string? actual) =>
        new(1, 0, predicted, Outputs(("probability", probability)), actual);

    private static Dictionary<string, double> Outputs(params (string Name, double Value)[] outputs) =>
        outputs.ToDictionary(o => o.Name, o => o.Value, StringComparer.Ordinal);
}
