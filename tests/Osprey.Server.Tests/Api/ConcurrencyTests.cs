using System.Globalization;
using System.Text;
using static Osprey.Server.Tests.TestData;

namespace Osprey.Server.Tests.Api;

/// <summary>Eight HTTP clients writing 10,000 metrics each to the same two runs lose nothing and never see a failed request.</summary>
public sealed class ConcurrencyTests
{
    private const int Writers = 8;
    private const int MetricsPerWriter = 10_000;
    private const int BatchSize = 1_000;
    private const int SinglesPerWriter = 1_000;

    [Fact]
    public async Task LogBatchAndLogMetric_EightConcurrentWriters_KeepEveryMetricExactlyOnce()
    {
        await using var server = await LiveServer.StartAsync();
        var experimentId = await CreateExperimentAsync(server.Client);
        string[] runs = [await CreateRunAsync(server.Client, experimentId), await CreateRunAsync(server.Client, experimentId)];

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(server, runs[w % 2], w))));

        foreach (var (runId, index) in runs.Select((r, i) => (r, i)))
        {
            var history = await HistoryAsync(server.Client, runId, "shared");
            var expected = Enumerable.Range(0, Writers).Where(w => w % 2 == index)
                .SelectMany(w => Enumerable.Range(0, MetricsPerWriter).Select(i => StepOf(w, i)));
            Assert.Equal(expected.Order(), history.Select(h => h.Step).Order());
        }
    }

    private static long StepOf(int writer, int i) => (writer * 100_000L) + i;

    private static async Task WriteAsync(LiveServer server, string runId, int writer)
    {
        using var client = server.CreateClient();
        var batched = MetricsPerWriter - SinglesPerWriter;
        for (var start = 0; start < batched; start += BatchSize)
        {
            var body = new StringBuilder($$"""{"run_id": "{{runId}}", "metrics": [""");
            for (var i = start; i < start + BatchSize; i++)
            {
                body.Append(CultureInfo.InvariantCulture, $$"""{"key": "shared", "value": {{i}}, "timestamp": 1700000000000, "step": {{StepOf(writer, i)}}},""");
            }
            body.Length--;
            body.Append("]}");
            await client.PostOkAsync($"{Mlflow}/runs/log-batch", body.ToString());
        }
        for (var i = batched; i < MetricsPerWriter; i++)
        {
            await client.PostOkAsync($"{Mlflow}/runs/log-metric",
                $$"""{"run_id": "{{runId}}", "key": "shared", "value": {{i}}, "timestamp": 1700000000000, "step": {{StepOf(writer, i)}}}""");
        }
    }
}
