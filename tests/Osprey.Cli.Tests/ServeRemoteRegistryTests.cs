using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Osprey.Cli.Commands;
using Osprey.Cli.Remote;
using Osprey.Cli.Tests.Learning;
using Osprey.Cli.Tests.Remote;
using Osprey.Core;
using Osprey.Serving.Hosting;
using Osprey.TestKit;

namespace Osprey.Cli.Tests;

/// <summary><c>osprey serve --server URL</c>: the models and their aliases come from a real Osprey server on 127.0.0.1, the prediction log stays local.</summary>
public sealed class ServeRemoteRegistryTests
{
    [Fact]
    public async Task Serve_RemoteRegistry_LoadsTheAliasedVersionAndFollowsItsMove()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var name = Some.Name("churn");
        await server.Local.SucceedAsync(LearningFiles.QuickTrain("--register", name, "--alias", "champion"));
        await server.Local.SucceedAsync(LearningFiles.QuickTrain("--register", name, "--param", "learning_rate=0.3"));
        using var servingHome = new TempDirectory();
        var clock = new ManualTimeProvider();
        await using var connection = RemoteConnection.Open(server.Remote.Server!, null);
        var options = new ServingHostOptions(new WorkspaceOptions(servingHome.Path), [$"{name}@champion"])
        {
            Urls = "http://127.0.0.1:0", Clock = clock, Registry = ServeCommand.RegistryOf(connection),
        };
        await using var serving = await ServingHost.StartAsync(options, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = serving.BaseAddress };

        var before = await VersionAnsweringAsync(client, name);
        await server.Local.SucceedAsync("models", "alias", name, "champion", "2");
        clock.Advance(options.PollInterval);
        await serving.Runtime.Watcher.PollNow();
        var after = await VersionAnsweringAsync(client, name);

        Assert.Equal(1, before);
        Assert.Equal(2, after);
        Assert.StartsWith("server http://127.0.0.1:", options.Registry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_RemoteRegistryWithoutTheModel_RefusesToStart()
    {
        await using var server = await ServerUnderTest.StartAsync();
        using var servingHome = new TempDirectory();
        await using var connection = RemoteConnection.Open(server.Remote.Server!, null);
        var options = new ServingHostOptions(new WorkspaceOptions(servingHome.Path), [$"{Some.Name("absent")}@champion"])
        {
            Urls = "http://127.0.0.1:0", Registry = ServeCommand.RegistryOf(connection),
        };

        var failure = await Assert.ThrowsAsync<OspreyException>(() => ServingHost.StartAsync(options, CancellationToken.None));

        Assert.Equal(ErrorCode.NotFound, failure.Code);
    }

    [Fact]
    public async Task Serve_RemoteRegistryWithItsTokenAndAServeToken_ClientsNeedTheServeTokenNotTheRegistryOne()
    {
        await using var server = await ServerUnderTest.StartAsync(staticToken: "registry-secret");
        var name = Some.Name("churn");
        await server.Local.SucceedAsync(LearningFiles.QuickTrain("--register", name, "--alias", "champion"));
        using var servingHome = new TempDirectory();
        var output = new WatchedWriter("Stop with Ctrl+C");
        using var stop = new CancellationTokenSource();
        var environment = new CliEnvironment(variable => variable == "OSPREY_TOKEN" ? "registry-secret" : null, TimeProvider.System, "test-user");
        var running = Cli.RunAsync(["serve", "--server", server.Remote.Server!, "--home", servingHome.Path, "--model", $"{name}@champion",
            "--port", "0", "--serve-token", "serving-secret"], output, new StringWriter(), environment, stop.Token);
        if (await Task.WhenAny(output.Seen, running) == running)
        {
            Assert.Fail($"osprey serve exited with {await running} before listening");
        }
        var address = System.Text.RegularExpressions.Regex.Match(await output.Seen, @"http://127\.0\.0\.1:\d+").Value;
        using var client = new HttpClient { BaseAddress = new Uri(address + "/") };

        var statuses = new List<int>();
        foreach (var token in new[] { "serving-secret", "registry-secret", null })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"models/{name}");
            if (token is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }
            using var response = await client.SendAsync(request);
            statuses.Add((int)response.StatusCode);
        }
        await stop.CancelAsync();

        Assert.Equal([200, 401, 401], statuses);
        Assert.Equal(0, await running);
    }

    private static async Task<int> VersionAnsweringAsync(HttpClient client, string name)
    {
        var schema = await client.GetFromJsonAsync<JsonElement>($"models/{name}");
        var body = JsonSerializer.Serialize(new { features = schema.GetProperty("example").GetProperty("features") });
        using var response = await client.PostAsync("predict", new StringContent(body, Encoding.UTF8, "application/json"));
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.IsSuccessStatusCode, answer.ToString());
        return answer.GetProperty("version").GetInt32();
    }
}
