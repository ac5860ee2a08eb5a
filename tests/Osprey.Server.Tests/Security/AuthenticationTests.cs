using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Osprey.Core;
using Osprey.Server.Hosting;
using Osprey.TestKit;
using static Osprey.Server.Tests.TestData;

namespace Osprey.Server.Tests.Security;

/// <summary>Loopback servers need no token; a server with tokens refuses unauthenticated calls; public reads open only the read endpoints; a server reachable from other machines will not start without a token.</summary>
public sealed class AuthenticationTests
{
    private const string StaticToken = "osp_static_test_token";

    [Fact]
    public async Task CreateExperiment_LoopbackWithoutTokens_SucceedsWithoutToken()
    {
        await using var server = await LiveServer.StartAsync();

        var id = await CreateExperimentAsync(server.Client);

        Assert.False(server.Server.TokensRequired);
        Assert.False(string.IsNullOrEmpty(id));
    }

    [Fact]
    public async Task CreateExperiment_TokenRequiredAndNoToken_Returns401AndCreatesNothing()
    {
        await using var server = await LiveServer.StartAsync(o => o with { StaticToken = StaticToken });
        var name = Some.Name("experiment");

        using var response = await server.Client.PostJsonAsync($"{Mlflow}/experiments/create", $$"""{"name": "{{name}}"}""");

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        using var authorized = server.CreateClient(StaticToken);
        using var lookup = await authorized.GetAsync($"{Mlflow}/experiments/get-by-name?experiment_name={name}");
        await lookup.ReadErrorAsync(HttpStatusCode.NotFound, "RESOURCE_DOES_NOT_EXIST");
    }

    [Fact]
    public async Task CreateExperiment_WrongToken_Returns401()
    {
        await using var server = await LiveServer.StartAsync(o => o with { StaticToken = StaticToken });
        using var client = server.CreateClient("osp_not_the_token");

        using var response = await client.PostJsonAsync($"{Mlflow}/experiments/create", $$"""{"name": "{{Some.Name("experiment")}}"}""");

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task CreateExperiment_StaticBearerToken_Succeeds()
    {
        await using var server = await LiveServer.StartAsync(o => o with { StaticToken = StaticToken });
        using var client = server.CreateClient(StaticToken);

        var id = await CreateExperimentAsync(client);

        Assert.False(string.IsNullOrEmpty(id));
    }

    [Fact]
    public async Task CreateRun_StoredToken_RunBelongsToTheTokensName()
    {
        await using var server = await LiveServer.StartAsync(o => o with { StaticToken = StaticToken });
        var tokenName = Some.Name("ci-bot");
        var token = await server.Workspace.Tokens.CreateAsync(tokenName, CancellationToken.None);
        using var client = server.CreateClient(token);

        var runId = await CreateRunAsync(client);

        var run = await GetRunAsync(client, runId);
        Assert.Equal(tokenName, (string?)run["info"]!["user_id"]);
    }

    [Fact]
    public async Task SetAliasWithReason_StoredToken_HistoryNamesTheTokenAndReason()
    {
        await using var server = await LiveServer.StartAsync(o => o with { StaticToken = StaticToken });
        var tokenName = Some.Name("release-bot");
        using var client = server.CreateClient(await server.Workspace.Tokens.CreateAsync(tokenName, CancellationToken.None));
        var runId = await CreateRunAsync(client);
        var model = Some.Name("model");
        await client.PostOkAsync($"{Mlflow}/registered-models/create", $$"""{"name": "{{model}}"}""");
        await client.PostOkAsync($"{Mlflow}/model-versions/create", $$"""{"name": "{{model}}", "source": "runs:/{{runId}}/model"}""");

        await client.PostOkAsync("/api/osprey/registered-models/alias", $$"""{"name": "{{model}}", "alias": "champion", "version": "1", "reason": "passed review"}""");

        var history = await client.GetOkAsync($"/api/osprey/registered-models/history?name={model}&alias=champion");
        var change = Assert.Single(history["events"]!.AsArray())!;
        Assert.Equal(tokenName, (string?)change["actor"]);
        Assert.Equal("passed review", (string?)change["reason"]);
    }

    [Fact]
    public async Task CreateExperiment_BasicAuthWithTokenAsPassword_Succeeds()
    {
        await using var server = await LiveServer.StartAsync(o => o with { StaticToken = StaticToken });
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("user:" + StaticToken)));

        var id = await CreateExperimentAsync(client);

        Assert.False(string.IsNullOrEmpty(id));
    }

    [Fact]
    public async Task GetExperiment_TokenRequiredWithoutPublicRead_Returns401()
    {
        await using var server = await LiveServer.StartAsync(o => o with { StaticToken = StaticToken });

        using var response = await server.Client.GetAsync($"{Mlflow}/experiments/get?experiment_id=0");

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task Reads_PublicReadFlag_AnswerWithoutTokenWhileWritesStillNeedOne()
    {
        await using var server = await LiveServer.StartAsync(o => o with { StaticToken = StaticToken, PublicRead = true });
        using var writer = server.CreateClient(StaticToken);
        var experimentId = await CreateExperimentAsync(writer);

        var experiment = await server.Client.GetOkAsync($"{Mlflow}/experiments/get?experiment_id={experimentId}");
        var search = await server.Client.PostOkAsync($"{Mlflow}/runs/search", $$"""{"experiment_ids": ["{{experimentId}}"]}""");
        using var write = await server.Client.PostJsonAsync($"{Mlflow}/runs/create", $$"""{"experiment_id": "{{experimentId}}"}""");

        Assert.Equal(experimentId, (string?)experiment["experiment"]!["experiment_id"]);
        Assert.Null(search["runs"]);
        await write.ReadErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task Health_TokenRequired_AnswersWithoutToken()
    {
        await using var server = await LiveServer.StartAsync(o => o with { StaticToken = StaticToken });

        var health = await server.Client.GetOkAsync("/health");

        Assert.Equal("ok", (string?)health["status"]);
    }

    [Fact]
    public async Task Start_AllInterfacesWithoutAnyToken_RefusesWithAClearMessage()
    {
        using var home = new TempDirectory();
        var options = new ServerOptions(new WorkspaceOptions(home.Path)) { Urls = "http://0.0.0.0:0" };

        var error = await Assert.ThrowsAsync<OspreyException>(() => OspreyServerHost.StartAsync(options, CancellationToken.None));

        Assert.Equal(ErrorCode.InvalidState, error.Code);
        Assert.Contains("OSPREY_TOKEN", error.Message);
    }

    [Fact]
    public async Task Start_AllInterfacesWithStaticToken_StartsAndRequiresTokens()
    {
        await using var server = await LiveServer.StartAsync(o => o with { Urls = "http://0.0.0.0:0", StaticToken = StaticToken });
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Server.BaseAddress.Port}/") };

        using var response = await client.PostJsonAsync($"{Mlflow}/experiments/create", $$"""{"name": "{{Some.Name("experiment")}}"}""");

        Assert.True(server.Server.TokensRequired);
        await response.ReadErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task Start_RequireTokenOnLoopbackWithoutAnyToken_Refuses()
    {
        using var home = new TempDirectory();
        var options = new ServerOptions(new WorkspaceOptions(home.Path)) { Urls = "http://127.0.0.1:0", RequireToken = true };

        var error = await Assert.ThrowsAsync<OspreyException>(() => OspreyServerHost.StartAsync(options, CancellationToken.None));

        Assert.Equal(ErrorCode.InvalidState, error.Code);
    }
}
