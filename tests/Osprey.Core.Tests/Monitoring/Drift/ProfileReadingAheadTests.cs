using Osprey.Core.Monitoring.Drift;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

public sealed class ProfileReadingAheadTests
{
    private static readonly ColumnSchema[] Columns = [new("x", ColumnType.Numerical), new("c", ColumnType.Categorical)];

    [Fact]
    public void ProfileReadingAhead_ProducerAlternatingTwoBufferSets_GivesTheSameProfileAsOneByOne()
    {
        var (numbers, labels) = Data(91, 50_000);

        var ahead = ProfileBuilder.ProfileReadingAhead(Columns, Reused(numbers, labels, 4_096), "ahead", CancellationToken.None);
        var oneByOne = ProfileBuilder.Profile(Columns, Fresh(numbers, labels, 4_096), "ahead", CancellationToken.None);

        Assert.Equal(oneByOne.ToJson(), ahead.ToJson());
        Assert.Equal(50_000, ahead.Rows);
    }

    [Fact]
    public void ProfileReadingAhead_ProducerFails_ThrowsItsError()
    {
        var error = Assert.Throws<OspreyException>(() => ProfileBuilder.ProfileReadingAhead(Columns, Failing(), "failing", CancellationToken.None));

        Assert.Contains("line 7", error.Message, StringComparison.Ordinal);
    }

    private static (double[] Numbers, string?[] Labels) Data(int seed, int rows)
    {
        var random = new Random(seed);
        return (Enumerable.Range(0, rows).Select(_ => Math.Round(random.NextDouble() * 1000, 2)).ToArray(),
            Enumerable.Range(0, rows).Select(_ => (string?)$"k{random.Next(9)}").ToArray());
    }

    // Two sets of arrays used in turn, as a streaming reader reuses its buffers.
    private static IEnumerable<DataChunk> Reused(double[] numbers, string?[] labels, int rows)
    {
        DataChunk[] sets = [new(rows, [new double[rows], null], [null, new string?[rows]]), new(rows, [new double[rows], null], [null, new string?[rows]])];
        for (int start = 0, turn = 0; start < numbers.Length; start += rows, turn++)
        {
            var n = Math.Min(rows, numbers.Length - start);
            var set = sets[turn % 2];
            numbers.AsSpan(start, n).CopyTo(set.Numbers[0]);
            labels.AsSpan(start, n).CopyTo(set.Labels[1]);
            yield return set with { Rows = n };
        }
    }

    private static IEnumerable<DataChunk> Fresh(double[] numbers, string?[] labels, int rows)
    {
        for (var start = 0; start < numbers.Length; start += rows)
        {
            var n = Math.Min(rows, numbers.Length - start);
            yield return new DataChunk(n, [numbers.AsSpan(start, n).ToArray(), null], [null, labels.AsSpan(start, n).ToArray()]);
        }
    }

    private static IEnumerable<DataChunk> Failing()
    {
        yield return new DataChunk(1, [[1.0], null], [null, ["a"]]);
        throw OspreyException.Invalid("data.csv line 7: found 3 fields but the header has 2.");
    }
}
