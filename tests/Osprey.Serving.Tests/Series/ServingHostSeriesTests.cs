using System.Net;
using System.Text;
using Osprey.Core.Monitoring.Series;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;

namespace Osprey.Serving.Tests.Series;

public sealed class ServingHostSeriesTests
{
    [Fact]
    public async Task Serve_PredictionsAnswered_WorkspaceSeriesHoldTheirRequestsAndLatency()
    {
        var model = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(model, [ChurnModels.First]);
        var trained = ChurnModels.Load(ChurnModels.First);
        for (var row = 0; row < 3; row++)
        {
            using var content = new StringContent(ChurnRequests.Body(trained, row), Encoding.UTF8, "application/json");
            using var response = await live.Client.PostAsync(new Uri("/predict", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        live.Clock.Advance(TimeSpan.FromSeconds(15));
        await live.Server.Runtime.SeriesRecorder!.RecordAsync(CancellationToken.None);

        var series = live.Workspace.Stores.Series;
        var labels = new Dictionary<string, string> { ["model"] = model, ["version"] = "1", ["role"] = "stable" };
        var requests = await series.QueryAsync(new SeriesQuery("model_requests", labels, 0, long.MaxValue), CancellationToken.None);
        Assert.Equal(3, requests.Sum(p => p.Value));
        var p99 = await series.QueryAsync(new SeriesQuery("model_prediction_latency_p99_seconds", labels, 0, long.MaxValue), CancellationToken.None);
        Assert.NotEmpty(p99);
    }
}
