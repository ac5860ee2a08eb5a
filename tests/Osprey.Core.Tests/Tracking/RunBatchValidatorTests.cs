using Xunit;
using Osprey.Core;
using Osprey.Core.Tracking;

namespace Osprey.Core.Tests.Tracking;

public sealed class RunBatchValidatorTests
{
    private static Metric M(string key) => new(key, 1, 0, 0);

    [Fact]
    public void Validate_WithMoreThan1000Metrics_ThrowsNamingTheLimit()
    {
        var batch = new RunBatch(Enumerable.Range(0, 1001).Select(_ => M("m")).ToList(), [], []);
        var error = Assert.Throws<OspreyException>(() => RunBatchValidator.Validate(batch));
        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
        Assert.Contains("at most 1000 metrics; got 1001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WithMoreThan100Params_Throws()
    {
        var batch = new RunBatch([], Enumerable.Range(0, 101).Select(i => new Param($"p{i}", "v")).ToList(), []);
        Assert.Contains("at most 100 params", Assert.Throws<OspreyException>(() => RunBatchValidator.Validate(batch)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WithMoreThan1000EntitiesInTotal_Throws()
    {
        var batch = new RunBatch(
            Enumerable.Range(0, 950).Select(_ => M("m")).ToList(),
            Enumerable.Range(0, 30).Select(i => new Param($"p{i}", "v")).ToList(),
            Enumerable.Range(0, 30).Select(i => new Tag($"t{i}", "v")).ToList());
        Assert.Contains("in total; got 1010", Assert.Throws<OspreyException>(() => RunBatchValidator.Validate(batch)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WithSameParamTwiceWithDifferentValues_ThrowsConflict()
    {
        var batch = new RunBatch([], [new Param("lr", "0.1"), new Param("lr", "0.2")], []);
        Assert.Equal(ErrorCode.Conflict, Assert.Throws<OspreyException>(() => RunBatchValidator.Validate(batch)).Code);
    }

    [Fact]
    public void Validate_WithParamValueOverLimit_NamesTheEntry()
    {
        var batch = new RunBatch([], [new Param("ok", "v"), new Param("big", new string('x', 6001))], []);
        Assert.Contains("params[1].value", Assert.Throws<OspreyException>(() => RunBatchValidator.Validate(batch)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WithNaNAndInfinityMetrics_Accepts()
    {
        var batch = new RunBatch([new Metric("a", double.NaN, 1, 0), new Metric("b", double.PositiveInfinity, 1, 0)], [], []);
        RunBatchValidator.Validate(batch);
        Assert.Equal(2, batch.Metrics.Count);
    }
}
