using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Osprey.Core.Serving.Predictions;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;
using static Osprey.Serving.Tests.Api.PredictTests;

namespace Osprey.Serving.Tests.Releases;

public sealed class CanaryTests
{
    private readonly Osprey.Core.Learning.Models.TrainedModel _model = ChurnModels.Load(ChurnModels.First);

    [Fact]
    public async Task Canary_TenPercentOverTenThousandRequests_LandsWithinTolerance()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First, ChurnModels.Second],
            options => options with { Canary = $"{name}/2", CanaryPercent = 10, LogPredictions = false });
        var body = ChurnRequests.Body(_model, 5);

        var versions = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var counts = new int[3];
            for (var i = 0; i < 1250; i++)
            {
                using var response = await live.Client.PostAsync("predict", Json(body));
                counts[(await Answer(response)).GetProperty("version").GetInt32()]++;
            }
            return counts;
        })));

        var canary = versions.Sum(v => v[2]);
        Assert.Equal(10_000, versions.Sum(v => v[1] + v[2]));
        // Binomial(10000, 0.1): standard deviation 30; four of them either side.
        Assert.InRange(canary, 880, 1120);
        var metrics = await live.Client.GetStringAsync("metrics");
        Assert.Contains($"model_requests_total{{model=\"{name}\",version=\"2\",route=\"predict\",status=\"200\"}} {canary}", metrics);
        Assert.Contains($"model_version_info{{model=\"{name}\",version=\"2\",role=\"canary\"}} 1", metrics);
        Assert.Contains($"model_canary_traffic_percent{{model=\"{name}\"}} 10", metrics);
    }

    [Fact]
    public async Task Canary_StickyKey_KeepsOneCustomerOnOneVersion()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First, ChurnModels.Second],
            options => options with { Canary = $"{name}/2", CanaryPercent = 30 });

        var byCustomer = new Dictionary<string, HashSet<int>>();
        for (var customer = 0; customer < 200; customer++)
        {
            for (var repeat = 0; repeat < 3; repeat++)
            {
                using var response = await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, repeat, key: $"customer-{customer}")));
                var version = (await Answer(response)).GetProperty("version").GetInt32();
                (byCustomer.TryGetValue($"customer-{customer}", out var set) ? set : byCustomer[$"customer-{customer}"] = []).Add(version);
            }
        }

        Assert.All(byCustomer.Values, versions => Assert.Single(versions));
        var onCanary = byCustomer.Values.Count(v => v.Contains(2));
        Assert.InRange(onCanary, 30, 90);
    }

    [Fact]
    public async Task Promote_ThroughApi_MakesCanaryStableAndMovesTheAlias()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First, ChurnModels.Second]);

        var started = await Answer(await live.Client.PostAsync($"admin/models/{name}/canary", Json("{\"version\": 2, \"percent\": 50}")));
        var promoted = await Answer(await live.Client.PostAsync($"admin/models/{name}/promote", Json("{\"reason\": \"canary looked good\"}")));

        Assert.Equal(2, started.GetProperty("canary").GetInt32());
        Assert.Equal(2, promoted.GetProperty("stable").GetInt32());
        Assert.False(promoted.TryGetProperty("canary", out _));
        var alias = await live.Workspace.Aliases.GetVersionAsync(name, "champion", CancellationToken.None);
        Assert.Equal(2, alias.Version);
        await live.PollAsync();
        Assert.Equal(2, DeploymentOf(live).Plan!.Stable.Version);
        var history = await live.Workspace.Aliases.GetHistoryAsync(name, "champion", CancellationToken.None);
        Assert.Equal("canary looked good", history[^1].Reason);
    }

    [Fact]
    public async Task Rollback_ThroughApi_DropsTheCanaryThenMovesTheAliasBack()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First, ChurnModels.Second],
            options => options with { Canary = $"{name}/2", CanaryPercent = 100 });
        Assert.Equal(2, (await Answer(await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, 0))))).GetProperty("version").GetInt32());

        var dropped = await Answer(await live.Client.PostAsync($"admin/models/{name}/rollback", Json("{}")));
        Assert.False(dropped.TryGetProperty("canary", out _));
        Assert.Equal(1, (await Answer(await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, 0))))).GetProperty("version").GetInt32());

        using var nothingEarlier = await live.Client.PostAsync($"admin/models/{name}/rollback", Json("{}"));
        Assert.Equal(HttpStatusCode.BadRequest, nothingEarlier.StatusCode);
        Assert.Contains("no previous version", await nothingEarlier.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Shadow_ScoresEveryRequestButNeverAnswers()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First, ChurnModels.Second],
            options => options with { Shadow = $"{name}/2" });
        var second = ChurnModels.Load(ChurnModels.Second).Predict(ChurnModels.Table);

        var ids = new List<string>();
        for (var row = 0; row < 20; row++)
        {
            var answer = await Answer(await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, row))));
            Assert.Equal(1, answer.GetProperty("version").GetInt32());
            ids.Add(answer.GetProperty("request_id").GetString()!);
        }
        await live.Server.Runtime.Log!.FlushAsync(CancellationToken.None);

        var logged = await live.Workspace.Stores.PredictionLog.ReadAsync(new PredictionLogQuery(name, Version: 2), CancellationToken.None);
        Assert.Equal(20, logged.Count);
        Assert.All(logged, l => Assert.Equal("shadow", l.Prediction.Role));
        Assert.Equal(ids, logged.Select(l => l.Prediction.RequestId));
        Assert.Equal(second[7], JsonDocument.Parse(logged[7].Prediction.Outputs).RootElement.GetProperty("probability").GetDouble(), 1e-12);
        Assert.Contains($"model_version_info{{model=\"{name}\",version=\"2\",role=\"shadow\"}} 1", await live.Client.GetStringAsync("metrics"));
    }

    private static Osprey.Core.Serving.Releases.ModelDeployment DeploymentOf(LiveServing live) => live.Server.Runtime.Models.All[0];
}
