using System.Net;
using System.Text;
using System.Text.Json;
using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Core.Security;
using Osprey.Server.Hosting;
using Osprey.Serving.Tests.Fixtures;
using Osprey.Storage.Sqlite;
using Osprey.TestKit;

namespace Osprey.Serving.Tests.Hosting;

/// <summary><c>osprey server --serve</c>: the tracking server also answers predictions, with the serving health under <c>/serving</c>.</summary>
public sealed class ServerHostedServingTests
{
    [Fact]
    public async Task Predict_ServerWithServe_AnswersFromTheAliasedVersion()
    {
        using var home = new TempDirectory();
        var model = Some.Name("churn");
        await SeedAsync(home.Path, model);
        var options = new ServerOptions(new WorkspaceOptions(home.Path)) { Urls = "http://127.0.0.1:0", Serve = [$"{model}@champion"] };
        await using var server = await OspreyServerHost.StartAsync(options, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var body = ChurnRequests.Body(ChurnModels.Load(ChurnModels.First), 0);
        using var response = await client.PostAsync("predict", new StringContent(body, Encoding.UTF8, "application/json"));
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(model, answer.GetProperty("model").GetString());
        Assert.Equal(1, answer.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Health_ServerWithServe_KeepsServerHealthAndMovesServingHealthUnderServing()
    {
        using var home = new TempDirectory();
        var model = Some.Name("churn");
        await SeedAsync(home.Path, model);
        var options = new ServerOptions(new WorkspaceOptions(home.Path)) { Urls = "http://127.0.0.1:0", Serve = [$"{model}@champion"] };
        await using var server = await OspreyServerHost.StartAsync(options, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var serverHealth = JsonDocument.Parse(await client.GetStringAsync("health")).RootElement;
        var servingHealth = JsonDocument.Parse(await client.GetStringAsync("serving/health")).RootElement;
        var metrics = await client.GetStringAsync("serving/metrics");

        Assert.False(serverHealth.TryGetProperty("models", out _));
        Assert.Equal("ok", servingHealth.GetProperty("status").GetString());
        Assert.Equal(model, servingHealth.GetProperty("model").GetString());
        Assert.Contains("model_version_info", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ServeNamesUnknownModel_RefusesToStart()
    {
        using var home = new TempDirectory();
        var options = new ServerOptions(new WorkspaceOptions(home.Path)) { Urls = "http://127.0.0.1:0", Serve = [$"{Some.Name("absent")}@champion"] };

        await Assert.ThrowsAsync<OspreyException>(() => OspreyServerHost.StartAsync(options, CancellationToken.None));
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
