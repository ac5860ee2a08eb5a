using Osprey.Cli.Rendering;
using Osprey.Core.Tracking;

namespace Osprey.Cli.Tests.Rendering;

public sealed class RunComparisonTests
{
    [Fact]
    public void Of_ParamMissingInOneRun_CountsAsDifferent()
    {
        var first = Run("a", [new Param("lr", "0.1"), new Param("depth", "3")], [new Metric("f1", 0.5, 1, 0)]);
        var second = Run("b", [new Param("lr", "0.1")], [new Metric("f1", 0.75, 1, 0)]);

        var comparison = RunComparison.Of([first, second]);

        Assert.Equal(["depth", "lr"], comparison.Params.Select(r => r.Key));
        Assert.True(comparison.Params[0].Differs);
        Assert.Null(comparison.Params[0].Values[1]);
        Assert.False(comparison.Params[1].Differs);
        Assert.Equal(["0.5", "0.75"], comparison.Metrics.Single().Values);
        Assert.True(comparison.Metrics.Single().Differs);
    }

    private static Run Run(string id, IReadOnlyList<Param> parameters, IReadOnlyList<Metric> metrics) => new(
        new RunInfo(new RunId(id), new ExperimentId(1), id, "user", RunStatus.Finished, 0, 1, "mlflow-artifacts:/1/" + id, LifecycleStage.Active),
        metrics, parameters, [], []);
}
