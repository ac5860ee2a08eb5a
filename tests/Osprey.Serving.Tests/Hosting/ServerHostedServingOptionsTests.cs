using System.Net;
using System.Text.Json.Nodes;
using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Core.Security;
using Osprey.Core.Serving.Health;
using Osprey.Core.Serving.Loading;
using Osprey.Server.Hosting;
using Osprey.Serving.Hosting;
using Osprey.Serving.Tests.Fixtures;
using Osprey.Storage.Sqlite;
using Osprey.TestKit;
using static Osprey.Serving.Tests.Api.PredictTests;

namespace Osprey.Serving.Tests.Hosting;

/// <summary><see cref="ServerOptions.Serving"/>: the hosted inference routes run with the serving options given, not serving's defaults.</summary>
public sealed class ServerHostedServingOptionsTests
{
    private readonly Osprey.Core.Learning.Models.TrainedModel _model = ChurnModels.Load(ChurnModels.First);

    [Theory]
    [InlineData(0.1, HttpStatusCode.ServiceUnavailable, "error_rate")]
    [InlineData(0.25, HttpStatusCode.OK, "ok")]
    public async Task ServingHealth_ErrorThresholdInServingOptions_DecidesWhenItAnswers503(double threshold, HttpStatusCode expected, string status)
    {
        using var home = new TempDirectory();
        var model = Some.Name("churn");
        await SeedAsync(home.Path, model);
        var workspace = new WorkspaceOptions(home.Path);
        var serving = new ServingHostOptions(workspace, [])
        {
            Health = new HealthRule(threshold, TimeSpan.FromHours(1), 20),
            Loader = w => new FailingLoader(new RegistryModelLoader(w.Versions, w.Runs, w.RunArtifacts)),
        };
        var options = new ServerOptions(workspace) { Urls = "http://127.0.0.1:0", Serve = [$"{model}@champion"], Serving = serving };
        await using var server = await OspreyServerHost.StartAsync(options, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        for (var i = 0; i < 20; i++)
        {
            await Answer(await client.PostAsync("predict", Json(ChurnRequests.Body(_model, i))));
        }
        var poisoned = JsonNode.Parse(ChurnRequests.Body(_model, 0))!.AsObject();
        poisoned["features"]!["tenure"] = FailingLoader.Poison;
        for (var i = 0; i < 5; i++)
        {
            await Answer(await client.PostAsync("predict", Json(poisoned.ToJsonString())), HttpStatusCode.InternalServerError);
        }
        var health = await Answer(await client.GetAsync("serving/health"), expected);

        Assert.Equal(status, health.GetProperty("status").GetString());
        Assert.Equal(threshold, health.GetProperty("error_rate_threshold").GetDouble());
        Assert.Equal(5.0 / 25, health.GetProperty("error_rate").GetDouble(), 10);
    }

    [Fact]
    public async Task Start_ServingOptionsNotWaitingForAnUnknownModel_ListensWithServingNotReady()
    {
        using var home = new TempDirectory();
        var workspace = new WorkspaceOptions(home.Path);
        var options = new ServerOptions(workspace)
        {
            Urls = "http://127.0.0.1:0", Serve = [$"{Some.Name("absent")}@champion"], Serving = new ServingHostOptions(workspace, []) { WaitForModels = false },
        };
        await using var server = await OspreyServerHost.StartAsync(options, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var serving = await Answer(await client.GetAsync("serving/health"), HttpStatusCode.ServiceUnavailable);
        using var own = await client.GetAsync("health");

        Assert.Equal("no_model", serving.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    private static async Task SeedAsync(string home, string model)
    {
        var workspaceOptions = new WorkspaceOptions(home);
        await using var database = await SqliteStores.OpenAsync(workspaceOptions.DatabasePath, CancellationToken.None);
        var workspace = new Workspace(database.Stores, new LocalArtifactStore(workspaceOptions.ArtifactsPath), TimeProvider.System, new FixedCallerIdentity("test"));
        await RegistrySeed.RegisterAsync(workspace, model, ChurnModels.First);
        await workspace.Aliases.SetAsync(model, "champion", "1", null, CancellationToken.None);
    }
}
