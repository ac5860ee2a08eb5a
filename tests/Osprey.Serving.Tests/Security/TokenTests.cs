using System.Net;
using System.Net.Http.Headers;
using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Core.Security;
using Osprey.Serving.Hosting;
using Osprey.Serving.Tests.Fixtures;
using Osprey.Storage.Sqlite;
using Osprey.TestKit;
using static Osprey.Serving.Tests.Api.PredictTests;

namespace Osprey.Serving.Tests.Security;

public sealed class TokenTests
{
    private readonly Osprey.Core.Learning.Models.TrainedModel _model = ChurnModels.Load(ChurnModels.First);

    [Fact]
    public async Task RequiredToken_GuardsPredictionsButNotProbesOrMetrics()
    {
        await using var live = await LiveServing.StartChampionAsync(Some.Name("churn"), [ChurnModels.First],
            options => options with { StaticToken = "s3cret-token" });

        using var anonymous = await live.Client.PostAsync("predict", Json(ChurnRequests.Body(_model, 0)));
        using var wrong = await Send(live, "wrong");
        using var right = await Send(live, "s3cret-token");
        using var health = await live.Client.GetAsync("health");
        using var metrics = await live.Client.GetAsync("metrics");
        using var admin = await live.Client.GetAsync("admin/status");

        Assert.True(live.Server.TokensRequired);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, admin.StatusCode);
    }

    [Fact]
    public async Task StoredToken_IsAccepted()
    {
        string? token = null;
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartAsync(async workspace =>
        {
            await RegistrySeed.RegisterAsync(workspace, name, ChurnModels.First);
            await workspace.Aliases.SetAsync(name, "champion", "1", null, CancellationToken.None);
            token = await workspace.Tokens.CreateAsync(Some.Name("client"), CancellationToken.None);
        }, [$"{name}@champion"], options => options with { RequireToken = true });

        using var response = await Send(live, token!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PublicAddress_WithoutAnyToken_RefusesToStart()
    {
        using var home = new TempDirectory();
        var name = Some.Name("churn");
        var workspaceOptions = new WorkspaceOptions(home.Path);
        await using (var database = await SqliteStores.OpenAsync(workspaceOptions.DatabasePath, CancellationToken.None))
        {
            var workspace = new Workspace(database.Stores, new LocalArtifactStore(workspaceOptions.ArtifactsPath), TimeProvider.System, new FixedCallerIdentity("test"));
            await RegistrySeed.RegisterAsync(workspace, name, ChurnModels.First);
        }

        var error = await Assert.ThrowsAsync<OspreyException>(() =>
            ServingHost.StartAsync(new ServingHostOptions(workspaceOptions, [$"{name}/1"]) { Urls = "http://0.0.0.0:0" }, CancellationToken.None));

        Assert.Equal(ErrorCode.InvalidState, error.Code);
        Assert.Contains("requires an API token", error.Message);
    }

    private Task<HttpResponseMessage> Send(LiveServing live, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "predict") { Content = Json(ChurnRequests.Body(_model, 0)) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return live.Client.SendAsync(request);
    }
}
