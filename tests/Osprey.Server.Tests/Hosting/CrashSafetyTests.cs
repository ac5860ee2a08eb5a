using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Osprey.TestKit;
using static Osprey.Server.Tests.TestData;

namespace Osprey.Server.Tests.Hosting;

/// <summary>A server process killed with SIGKILL in the middle of a stream of log-batch calls restarts with every acknowledged batch whole and no partial batch.</summary>
public sealed class CrashSafetyTests
{
    private const int Streams = 4;
    private const int BatchSize = 100;
    private const int AcknowledgedBeforeKill = 150;

    [Fact]
    public async Task LogBatch_ServerKilledMidStream_KeepsEveryAcknowledgedBatchWholeAfterRestart()
    {
        using var home = new TempDirectory();
        string runId;
        var attempted = new ConcurrentDictionary<int, bool>();
        var acknowledged = new ConcurrentDictionary<int, bool>();
        using (var first = await ServerProcess.StartAsync(home.Path))
        {
            using var client = new HttpClient { BaseAddress = first.Address };
            runId = await CreateRunAsync(client);
            using var enough = new CancellationTokenSource();
            var streams = Enumerable.Range(0, Streams).Select(s => Task.Run(() => StreamAsync(first.Address, runId, s, attempted, acknowledged, enough))).ToArray();
            await Task.WhenAny(Task.WhenAll(streams), WaitAsync(enough.Token));

            first.Kill();

            await Task.WhenAll(streams);
        }

        using var second = await ServerProcess.StartAsync(home.Path);
        using var reader = new HttpClient { BaseAddress = second.Address };
        var batches = (await HistoryAsync(reader, runId, "m")).GroupBy(m => (int)m.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(acknowledged.Count >= AcknowledgedBeforeKill, $"only {acknowledged.Count} batches were acknowledged");
        Assert.All(acknowledged.Keys, b => Assert.True(batches.ContainsKey(b), $"acknowledged batch {b} is missing"));
        Assert.All(batches, b => Assert.Equal(BatchSize, b.Value));
        Assert.All(batches.Keys, b => Assert.True(attempted.ContainsKey(b), $"batch {b} was never sent"));
    }

    private static async Task WaitAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, token);
        }
        catch (OperationCanceledException)
        {
            // Enough batches were acknowledged.
        }
    }

    private static async Task StreamAsync(Uri address, string runId, int stream, ConcurrentDictionary<int, bool> attempted,
        ConcurrentDictionary<int, bool> acknowledged, CancellationTokenSource enough)
    {
        using var client = new HttpClient { BaseAddress = address };
        for (var n = 0; ; n++)
        {
            var batch = (stream * 1_000_000) + n;
            attempted[batch] = true;
            try
            {
                using var response = await client.PostJsonAsync($"{Mlflow}/runs/log-batch", Body(runId, batch));
                if (!response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                return;
            }
            acknowledged[batch] = true;
            if (acknowledged.Count >= AcknowledgedBeforeKill)
            {
                await enough.CancelAsync();
            }
        }
    }

    // Every metric of a batch carries the batch number as its value, so a partial batch shows as a short group.
    private static string Body(string runId, int batch)
    {
        var body = new StringBuilder($$"""{"run_id": "{{runId}}", "metrics": [""");
        for (var i = 0; i < BatchSize; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $$"""{"key": "m", "value": {{batch}}, "timestamp": 1700000000000, "step": {{i}}},""");
        }
        body.Length--;
        return body.Append("]}").ToString();
    }
}
