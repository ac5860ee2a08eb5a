using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Monitoring.Series;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

public sealed class DriftSeriesRecorderTests
{
    [Fact]
    public async Task RecordAsync_ResultWithPrediction_AppendsScoresShareAndPredictionBinsInOneCall()
    {
        var builder = new ProfileBuilder([new ColumnSchema("tenure", ColumnType.Numerical), new ColumnSchema("pred", ColumnType.Categorical)]);
        builder.Add(new DataChunk(4, [[1, 2, 3, 4], null], [null, ["yes", "no", "no", "no"]]));
        var reference = builder.Build("r");
        var current = new ProfileBuilder([new ColumnSchema("tenure", ColumnType.Numerical), new ColumnSchema("pred", ColumnType.Categorical)]);
        current.Add(new DataChunk(4, [[5, 6, 7, 8], null], [null, ["yes", "yes", "yes", "no"]]));
        var result = DriftAnalyzer.Compare(reference, current.Build("c"), new DriftOptions { Prediction = "pred" });
        var store = new RecordingSeriesStore();

        await DriftSeriesRecorder.RecordAsync(store, result, "churn-drift-series", 1_700_000_000_000, CancellationToken.None);

        var batch = Assert.Single(store.Batches);
        Assert.Equal(2, batch.Count(p => p.Name == DriftSeriesRecorder.FeatureScore));
        Assert.Equal(result.DriftShare, batch.Single(p => p.Name == DriftSeriesRecorder.DatasetShare).Value);
        var bins = batch.Where(p => p.Name == DriftSeriesRecorder.PredictionDistribution).ToDictionary(p => p.Labels["bin"], p => p.Value);
        Assert.Equal(0.75, bins["yes"]);
        Assert.Equal(0.25, bins["no"]);
        Assert.All(batch, p => Assert.Equal("churn-drift-series", p.Labels["model"]));
        Assert.All(batch, p => Assert.Equal(1_700_000_000_000, p.Timestamp));
    }

    private sealed class RecordingSeriesStore : ISeriesStore
    {
        public List<IReadOnlyList<SeriesPoint>> Batches { get; } = [];

        public Task AppendAsync(IReadOnlyList<SeriesPoint> points, CancellationToken ct)
        {
            Batches.Add(points);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<SeriesPoint>> QueryAsync(SeriesQuery query, CancellationToken ct) => throw new NotSupportedException();

        public Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken ct) => throw new NotSupportedException();

        public Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct) => throw new NotSupportedException();
    }
}
