using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Osprey.Core.Serving.Loading;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;
using static Osprey.Serving.Tests.Api.PredictTests;

namespace Osprey.Serving.Tests.Health;

public sealed class HealthTests
{
    private readonly Osprey.Core.Learning.Models.TrainedModel _model = ChurnModels.Load(ChurnModels.First);

    [Fact]
    public async Task Health_ErrorRateAboveThreshold_Returns503AndRecovers()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First],
            options => options with { Loader = workspace => new FailingLoader(new RegistryModelLoader(workspace.Versions, workspace.Runs, workspace.RunArtifacts)) });
        for (var i = 0; i < 20; i++)
        {
            await Answer(await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, i))));
        }
        await FailAsync(live);
        await FailAsync(live);
        var atTwoOfTwentyTwo = await HealthAsync(live, HttpStatusCode.OK);

        var failed = await FailAsync(live);
        var atThreeOfTwentyThree = await HealthAsync(live, HttpStatusCode.ServiceUnavailable);
        live.Clock.Advance(TimeSpan.FromSeconds(61));
        var afterTheWindow = await HealthAsync(live, HttpStatusCode.OK);

        Assert.Equal("ok", atTwoOfTwentyTwo.GetProperty("status").GetString());
        Assert.Equal("error_rate", atThreeOfTwentyThree.GetProperty("status").GetString());
        Assert.Equal(3.0 / 23, atThreeOfTwentyThree.GetProperty("error_rate").GetDouble(), 10);
        Assert.Equal(23, atThreeOfTwentyThree.GetProperty("window_requests").GetInt64());
        Assert.Equal(0, afterTheWindow.GetProperty("window_requests").GetInt64());
        Assert.Equal(20, afterTheWindow.GetProperty("prediction_count").GetInt64());
        Assert.Equal("INTERNAL_ERROR", failed.GetProperty("error_code").GetString());
        Assert.Contains(failed.GetProperty("request_id").GetString()!, failed.GetProperty("message").GetString());
        Assert.Contains($"model_errors_total{{model=\"{name}\",version=\"1\",kind=\"scoring\"}} 3", await live.Client.GetStringAsync("metrics"));
    }

    [Fact]
    public async Task Health_NoModelLoaded_Returns503UntilTheAliasExists()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartAsync(workspace => RegistrySeed.RegisterAsync(workspace, name, ChurnModels.First),
            [$"{name}@champion"], options => options with { WaitForModels = false });

        var before = await HealthAsync(live, HttpStatusCode.ServiceUnavailable);
        using var notReady = await live.Client.GetAsync("ready");
        using var predict = await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, 0)));
        await live.Workspace.Aliases.SetAsync(name, "champion", "1", null, CancellationToken.None);
        await live.PollAsync();
        var after = await HealthAsync(live, HttpStatusCode.OK);
        using var ready = await live.Client.GetAsync("ready");

        Assert.Equal("no_model", before.GetProperty("status").GetString());
        Assert.False(before.GetProperty("model_loaded").GetBoolean());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, predict.StatusCode);
        Assert.Equal(1, after.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Health_Healthy_ReportsModelVersionUptimeAndCounts()
    {
        await using var live = await LiveServing.StartChampionAsync(Some.Name("churn"), [ChurnModels.First]);
        await Answer(await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, 0))));
        live.Clock.Advance(TimeSpan.FromSeconds(90));

        var health = await HealthAsync(live, HttpStatusCode.OK);

        Assert.True(health.GetProperty("model_loaded").GetBoolean());
        Assert.Equal(1, health.GetProperty("version").GetInt32());
        Assert.Equal(90, health.GetProperty("uptime_seconds").GetDouble());
        Assert.Equal(1, health.GetProperty("prediction_count").GetInt64());
        Assert.Equal(0.1, health.GetProperty("error_rate_threshold").GetDouble());
    }

    private async Task<JsonElement> FailAsync(LiveServing live)
    {
        var body = JsonNode.Parse(ChurnRequests.Body(_model, 0))!.AsObject();
        body["features"]!["tenure"] = FailingLoader.Poison;
        using var response = await live.Client.PostAsync("predict", Json(body.ToJsonString()));
        return await Answer(response, HttpStatusCode.InternalServerError);
    }

    private static async Task<JsonElement> HealthAsync(LiveServing live, HttpStatusCode expected)
    {
        using var response = await live.Client.GetAsync("health");
        return await Answer(response, expected);
    }
}
