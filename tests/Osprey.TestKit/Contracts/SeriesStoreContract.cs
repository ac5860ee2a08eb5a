using Osprey.Core;
using Osprey.Core.Monitoring.Series;
using Xunit;

namespace Osprey.TestKit.Contracts;

/// <summary>The behaviour every <see cref="ISeriesStore"/> must show.</summary>
public abstract class SeriesStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Query_TimeRange_ReturnsHalfOpenWindowInTimeOrder()
    {
        var series = (await OpenStoresAsync()).Series;
        var name = SeriesName();
        await series.AppendAsync([Point(name, T0 + 30, 3), Point(name, T0 + 10, 1), Point(name, T0 + 20, 2), Point(name, T0 + 40, 4)], None);

        var points = await series.QueryAsync(new SeriesQuery(name, Labels(), T0 + 10, T0 + 40), None);

        Assert.Equal([T0 + 10, T0 + 20, T0 + 30], points.Select(p => p.Timestamp));
        Assert.Equal([1.0, 2.0, 3.0], points.Select(p => p.Value));
        Assert.All(points, p => Assert.Equal(name, p.Name));
    }

    [Fact]
    public async Task Query_LabelMatch_SelectsSeriesIncludingEveryPairOrderedByLabelsThenTime()
    {
        var series = (await OpenStoresAsync()).Series;
        var name = SeriesName();
        await series.AppendAsync(
        [
            Point(name, T0 + 2, 1, ("model", "churn"), ("version", "2")),
            Point(name, T0 + 1, 2, ("model", "churn"), ("version", "1")),
            Point(name, T0 + 3, 3, ("model", "churn"), ("version", "1")),
            Point(name, T0 + 1, 4, ("model", "fraud"), ("version", "1")),
        ], None);

        var churn = await series.QueryAsync(new SeriesQuery(name, Labels(("model", "churn")), T0, T0 + 10), None);
        var versionOne = await series.QueryAsync(new SeriesQuery(name, Labels(("version", "1"), ("model", "churn")), T0, T0 + 10), None);
        var unknown = await series.QueryAsync(new SeriesQuery(name, Labels(("model", "none")), T0, T0 + 10), None);

        Assert.Equal([2.0, 3.0, 1.0], churn.Select(p => p.Value));
        Assert.Equal(["1", "1", "2"], churn.Select(p => p.Labels["version"]));
        Assert.Equal([2.0, 3.0], versionOne.Select(p => p.Value));
        Assert.Empty(unknown);
    }

    [Fact]
    public async Task Append_SameLabelsInAnotherOrder_IsOneSeriesAndSameTimeReplacesValue()
    {
        var series = (await OpenStoresAsync()).Series;
        var name = SeriesName();
        await series.AppendAsync([Point(name, T0, 1, ("a", "x"), ("b", "y"))], None);
        await series.AppendAsync([Point(name, T0, 5, ("b", "y"), ("a", "x")), Point(name, T0 + 1, 6, ("b", "y"), ("a", "x"))], None);

        var points = await series.QueryAsync(new SeriesQuery(name, Labels(), long.MinValue, long.MaxValue), None);

        Assert.Equal([5.0, 6.0], points.Select(p => p.Value));
        Assert.All(points, p => Assert.Equal(["a", "b"], p.Labels.Keys));
    }

    [Fact]
    public async Task Append_NaNValue_ReadsBackAsNaN()
    {
        var series = (await OpenStoresAsync()).Series;
        var name = SeriesName();
        await series.AppendAsync([Point(name, T0, double.NaN), Point(name, T0 + 1, double.PositiveInfinity)], None);

        var points = await series.QueryAsync(new SeriesQuery(name, Labels(), T0, T0 + 2), None);

        Assert.True(double.IsNaN(points[0].Value));
        Assert.Equal(double.PositiveInfinity, points[1].Value);
    }

    [Fact]
    public async Task Append_BatchWithAnInvalidPoint_WritesNothingAndNamesThePlace()
    {
        var series = (await OpenStoresAsync()).Series;
        var name = SeriesName();

        var failure = await AssertFailsAsync(ErrorCode.InvalidParameter,
            () => series.AppendAsync([Point(name, T0, 1), Point(name, T0 + 1, 2, ("bad-key", "v"))], None));

        Assert.Contains("bad-key", failure.Message, StringComparison.Ordinal);
        Assert.Empty(await series.QueryAsync(new SeriesQuery(name, Labels(), long.MinValue, long.MaxValue), None));
        Assert.DoesNotContain(name, await series.ListNamesAsync(None));
    }

    [Fact]
    public async Task Append_InvalidName_ThrowsInvalidParameter()
    {
        var series = (await OpenStoresAsync()).Series;

        var failure = await AssertFailsAsync(ErrorCode.InvalidParameter, () => series.AppendAsync([Point("1 bad name", T0, 1)], None));

        Assert.Contains("1 bad name", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListNames_SeveralSeries_DistinctInOrdinalOrder()
    {
        var series = (await OpenStoresAsync()).Series;
        var prefix = SeriesName();
        await series.AppendAsync([Point(prefix + "_b", T0, 1, ("k", "1")), Point(prefix + "_b", T0, 1, ("k", "2")), Point(prefix + "_a", T0, 1)], None);

        var names = (await series.ListNamesAsync(None)).Where(n => n.StartsWith(prefix, StringComparison.Ordinal));

        Assert.Equal([prefix + "_a", prefix + "_b"], names);
    }

    [Fact]
    public async Task DeleteBefore_OldSamples_RemovesThemCountsThemAndDropsEmptiedSeries()
    {
        var series = (await OpenStoresAsync()).Series;
        var kept = SeriesName();
        var emptied = SeriesName();
        var cutoff = T0 + 100;
        await series.AppendAsync([Point(kept, cutoff - 1, 1), Point(kept, cutoff, 2), Point(emptied, cutoff - 5, 3)], None);

        var deleted = await series.DeleteBeforeAsync(cutoff, None);

        Assert.True(deleted >= 2, $"expected at least the 2 samples of this test to go, got {deleted}");
        Assert.Equal([2.0], (await series.QueryAsync(new SeriesQuery(kept, Labels(), long.MinValue, long.MaxValue), None)).Select(p => p.Value));
        var names = await series.ListNamesAsync(None);
        Assert.Contains(kept, names);
        Assert.DoesNotContain(emptied, names);
    }

    /// <summary>Returns a valid series name no other test uses.</summary>
    protected static string SeriesName() => $"test_{Guid.NewGuid():N}";

    private static Dictionary<string, string> Labels(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static SeriesPoint Point(string name, long time, double value, params (string Key, string Value)[] labels) =>
        new(name, Labels(labels), time, value);
}
