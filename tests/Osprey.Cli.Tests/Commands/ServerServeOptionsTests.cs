using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Osprey.Cli.Tests.Learning;
using Osprey.Core;
using Osprey.Core.Serving.Predictions;
using Osprey.Storage.Sqlite;
using Osprey.TestKit;

namespace Osprey.Cli.Tests.Commands;

/// <summary><c>osprey server --serve</c> with the serving options of <c>osprey serve</c>, over real HTTP on 127.0.0.1 and a real workspace.</summary>
public sealed class ServerServeOptionsTests
{
    [Fact]
    public async Task Server_ServeWithCanaryAtHalf_SplitsTrafficBetweenBothVersions()
    {
        using var cli = new CliRunner();
        var name = Some.Name("churn");
        await RegisterAsync(cli, name, versions: 2);
        await using var server = await RunningServer.StartAsync(cli.Home, "--serve", $"{name}@champion", "--canary", $"{name}/2", "--canary-percent", "50");
        var body = await ExampleBodyAsync(server.Client, name);

        var versions = new List<int>();
        for (var i = 0; i < 400; i++)
        {
            versions.Add(await PredictAsync(server.Client, body));
        }

        // Half of 400 requests, within four standard deviations (4 x 10) either side.
        Assert.InRange(versions.Count(v => v == 2), 160, 240);
        Assert.Equal(400, versions.Count(v => v is 1 or 2));
    }

    [Theory]
    [InlineData(false, 5)]
    [InlineData(true, 0)]
    public async Task Server_ServeWithNoPredictionLog_LeavesTheLogEmpty(bool noLog, int logged)
    {
        using var cli = new CliRunner();
        var name = Some.Name("churn");
        await RegisterAsync(cli, name, versions: 1);
        string[] serve = ["--serve", $"{name}@champion"];
        var server = await RunningServer.StartAsync(cli.Home, noLog ? [.. serve, "--no-prediction-log"] : serve);
        await using (server)
        {
            var body = await ExampleBodyAsync(server.Client, name);
            for (var i = 0; i < 5; i++)
            {
                await PredictAsync(server.Client, body);
            }
            Assert.Equal(0, await server.StopAsync());
        }

        await using var database = await SqliteStores.OpenAsync(new WorkspaceOptions(cli.Home).DatabasePath, CancellationToken.None);
        var log = await database.Stores.PredictionLog.ReadAsync(new PredictionLogQuery(name), CancellationToken.None);

        Assert.Equal(logged, log.Count);
    }

    [Fact]
    public async Task Server_ServeWithHealthRule_ServingHealthAppliesIt()
    {
        using var cli = new CliRunner();
        var name = Some.Name("churn");
        await RegisterAsync(cli, name, versions: 1);
        await using var server = await RunningServer.StartAsync(cli.Home, "--serve", $"{name}@champion", "--error-threshold", "0.35", "--error-window", "2m");

        using var response = await server.Client.GetAsync("serving/health");
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0.35, health.GetProperty("error_rate_threshold").GetDouble());
        Assert.Equal(120, health.GetProperty("window_seconds").GetDouble());
    }

    [Fact]
    public async Task Server_ServeNoWaitForAnUnregisteredModel_ListensAndServesOnceItIsRegistered()
    {
        using var cli = new CliRunner();
        var name = Some.Name("churn");
        var refused = await RunOnceAsync("server", "--port", "0", "--home", cli.Home, "--serve", $"{name}@champion");
        await using var server = await RunningServer.StartAsync(cli.Home, "--serve", $"{name}@champion", "--no-wait", "--poll-interval", "1s");
        using var before = await server.Client.GetAsync("serving/ready");

        await RegisterAsync(cli, name, versions: 1);
        await WaitUntilReadyAsync(server.Client);
        var body = await ExampleBodyAsync(server.Client, name);

        Assert.Equal(ExitCodes.NotFound, refused.Code);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal(1, await PredictAsync(server.Client, body));
    }

    [Theory]
    [InlineData("--canary", "churn/2")]
    [InlineData("--canary-percent", "50")]
    [InlineData("--no-prediction-log", null)]
    [InlineData("--error-threshold", "0.5")]
    [InlineData("--no-wait", null)]
    public async Task Server_ServingOptionWithoutServe_IsRefusedNamingIt(string option, string? value)
    {
        using var home = new TempDirectory();

        var result = await RunOnceAsync(["server", "--port", "0", "--home", home.Path, option, .. value is null ? Array.Empty<string>() : [value]]);

        Assert.Equal(ExitCodes.InvalidInput, result.Code);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(option, line, StringComparison.Ordinal);
        Assert.Contains("--serve", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--poll-interval", "soon")]
    [InlineData("--error-threshold", "1.5")]
    [InlineData("--log-capacity", "0")]
    [InlineData("--unseen-categories", "ignore")]
    public async Task Server_ServeWithInvalidServingOption_IsRefusedNamingIt(string option, string value)
    {
        using var home = new TempDirectory();

        var result = await RunOnceAsync("server", "--port", "0", "--home", home.Path, "--serve", $"{Some.Name("churn")}@champion", option, value);

        Assert.Equal(ExitCodes.InvalidInput, result.Code);
        Assert.Contains(option, Assert.Single(result.Error.Trim().Split('\n')), StringComparison.Ordinal);
    }

    private static async Task RegisterAsync(CliRunner cli, string name, int versions)
    {
        await cli.SucceedAsync(LearningFiles.QuickTrain("--register", name, "--alias", "champion"));
        for (var version = 2; version <= versions; version++)
        {
            await cli.SucceedAsync(LearningFiles.QuickTrain("--register", name, "--param", "learning_rate=0.3"));
        }
    }

    // A command expected to end on its own; the guard turns a server that wrongly keeps running into a failed assertion, not a hung test.
    private static async Task<(int Code, string Error)> RunOnceAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var code = await Cli.RunAsync(args, output, error, new CliEnvironment(_ => null, TimeProvider.System, "test-user"), guard.Token);
        return (code, error.ToString());
    }

    private static async Task<string> ExampleBodyAsync(HttpClient client, string name)
    {
        var schema = await client.GetFromJsonAsync<JsonElement>($"models/{name}");
        return JsonSerializer.Serialize(new { features = schema.GetProperty("example").GetProperty("features") });
    }

    private static async Task<int> PredictAsync(HttpClient client, string body)
    {
        using var response = await client.PostAsync("predict", new StringContent(body, Encoding.UTF8, "application/json"));
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, answer.ToString());
        return answer.GetProperty("version").GetInt32();
    }

    // The registry poll loads the model in the background; each wait is for the next poll, bounded so a model that never loads fails the test.
    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            using var ready = await client.GetAsync("serving/ready");
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        Assert.Fail("The model registered after the server started was never loaded.");
    }
}
