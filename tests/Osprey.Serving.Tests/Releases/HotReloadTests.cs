using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;
using static Osprey.Serving.Tests.Api.PredictTests;

namespace Osprey.Serving.Tests.Releases;

public sealed class HotReloadTests
{
    private readonly Osprey.Core.Learning.Models.TrainedModel _model = ChurnModels.Load(ChurnModels.First);

    [Fact]
    public async Task Promotion_DuringRequestStream_SwitchesVersionsWithZeroFailures()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First, ChurnModels.Second]);
        var failures = new ConcurrentBag<string>();
        var seen = new ConcurrentBag<(int Client, int Sequence, int Version)>();
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 4).Select(client => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                using var response = await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, (client * 997 + i) % 1000)));
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{(int)response.StatusCode}: {text}");
                    continue;
                }
                seen.Add((client, i, JsonDocument.Parse(text).RootElement.GetProperty("version").GetInt32()));
            }
        })).ToArray();

        await WaitUntilAsync(() => seen.Count >= 200);
        await live.Workspace.Aliases.SetAsync(name, "champion", "2", "promote", CancellationToken.None);
        await live.PollAsync();
        var switchedAt = seen.Count;
        await WaitUntilAsync(() => seen.Count >= switchedAt + 200);
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        Assert.Empty(failures);
        Assert.Contains(seen, s => s.Version == 1);
        Assert.Contains(seen, s => s.Version == 2);
        foreach (var client in seen.GroupBy(s => s.Client))
        {
            var versions = client.OrderBy(s => s.Sequence).Select(s => s.Version).ToList();
            Assert.Equal(versions.OrderBy(v => v), versions);
            Assert.Equal(2, versions[^1]);
        }
    }

    [Fact]
    public async Task RegistryRollback_MovesTheServerBack()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First, ChurnModels.Second]);
        await live.Workspace.Aliases.SetAsync(name, "champion", "2", null, CancellationToken.None);
        await live.PollAsync();
        Assert.Equal(2, await VersionAsync(live));

        await live.Workspace.Aliases.RollbackAsync(name, "champion", "bad release", CancellationToken.None);
        await live.PollAsync();

        Assert.Equal(1, await VersionAsync(live));
        var metrics = await live.Client.GetStringAsync("metrics");
        Assert.Contains($"model_reloads_total{{model=\"{name}\",outcome=\"loaded\"}} 2", metrics);
    }

    [Fact]
    public async Task Stage_FollowedByAtProduction_ReloadsOnTransition()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartAsync(async workspace =>
        {
            await RegistrySeed.RegisterAsync(workspace, name, ChurnModels.First);
            await RegistrySeed.RegisterAsync(workspace, name, ChurnModels.Second);
            await workspace.Versions.TransitionStageAsync(name, "1", "Production", false, null, CancellationToken.None);
        }, [$"{name}@Production"]);
        Assert.Equal(1, await VersionAsync(live));

        await live.Workspace.Versions.TransitionStageAsync(name, "2", "Production", true, null, CancellationToken.None);
        await live.PollAsync();

        Assert.Equal(2, await VersionAsync(live));
    }

    [Fact]
    public async Task FailedLoad_KeepsServingTheCurrentVersion()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First, "{\"format\": \"osprey-model\"}"u8.ToArray()]);

        await live.Workspace.Aliases.SetAsync(name, "champion", "2", null, CancellationToken.None);
        await live.PollAsync();

        Assert.Equal(1, await VersionAsync(live));
        var health = await Answer(await live.Client.GetAsync("health"));
        Assert.Contains("format_version", health.GetProperty("models")[0].GetProperty("last_error").GetString());
        Assert.Contains($"model_reloads_total{{model=\"{name}\",outcome=\"failed\"}} 1", await live.Client.GetStringAsync("metrics"));
    }

    private async Task<int> VersionAsync(LiveServing live)
    {
        using var response = await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, 0)));
        return (await Answer(response)).GetProperty("version").GetInt32();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!condition())
        {
            await Task.Delay(10, limit.Token);
        }
    }
}
