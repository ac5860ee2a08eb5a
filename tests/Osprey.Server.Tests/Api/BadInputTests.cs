using System.Net;
using System.Text;
using Osprey.TestKit;
using static Osprey.Server.Tests.TestData;

namespace Osprey.Server.Tests.Api;

/// <summary>Bad input gets a clear 4xx in MLflow's error format, and nothing is written.</summary>
public sealed class BadInputTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task GetRun_UnknownRun_Returns404ResourceDoesNotExist()
    {
        using var response = await Client.GetAsync($"{Mlflow}/runs/get?run_id={Guid.NewGuid():N}");

        await response.ReadErrorAsync(HttpStatusCode.NotFound, "RESOURCE_DOES_NOT_EXIST");
    }

    [Fact]
    public async Task GetExperiment_UnknownExperiment_Returns404ResourceDoesNotExist()
    {
        using var response = await Client.GetAsync($"{Mlflow}/experiments/get?experiment_id=987654321");

        await response.ReadErrorAsync(HttpStatusCode.NotFound, "RESOURCE_DOES_NOT_EXIST");
    }

    [Fact]
    public async Task GetRegisteredModel_UnknownModel_Returns404ResourceDoesNotExist()
    {
        using var response = await Client.GetAsync($"{Mlflow}/registered-models/get?name={Some.Name("missing")}");

        await response.ReadErrorAsync(HttpStatusCode.NotFound, "RESOURCE_DOES_NOT_EXIST");
    }

    [Fact]
    public async Task LogMetric_UnknownRun_Returns404ResourceDoesNotExist()
    {
        using var response = await Client.PostJsonAsync($"{Mlflow}/runs/log-metric",
            $$"""{"run_id": "{{Guid.NewGuid():N}}", "key": "loss", "value": 1, "timestamp": 1}""");

        await response.ReadErrorAsync(HttpStatusCode.NotFound, "RESOURCE_DOES_NOT_EXIST");
    }

    [Fact]
    public async Task CreateExperiment_MalformedJson_Returns400AndCreatesNothing()
    {
        var name = Some.Name("experiment");

        using var response = await Client.PostJsonAsync($"{Mlflow}/experiments/create", $$"""{"name": "{{name}}", """);

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        using var lookup = await Client.GetAsync($"{Mlflow}/experiments/get-by-name?experiment_name={name}");
        await lookup.ReadErrorAsync(HttpStatusCode.NotFound, "RESOURCE_DOES_NOT_EXIST");
    }

    [Fact]
    public async Task LogMetric_ValueOfWrongType_Returns400NamingTheFieldAndWritesNothing()
    {
        var runId = await CreateRunAsync(Client);

        using var response = await Client.PostJsonAsync($"{Mlflow}/runs/log-metric",
            $$"""{"run_id": "{{runId}}", "key": "loss", "value": {"nested": true}, "timestamp": 1}""");

        var message = await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        Assert.Contains("'value'", message);
        Assert.Empty(await HistoryAsync(Client, runId, "loss"));
    }

    [Fact]
    public async Task LogMetric_MissingTimestamp_Returns400NamingTheField()
    {
        var runId = await CreateRunAsync(Client);

        using var response = await Client.PostJsonAsync($"{Mlflow}/runs/log-metric", $$"""{"run_id": "{{runId}}", "key": "loss", "value": 1}""");

        var message = await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        Assert.Contains("'timestamp'", message);
        Assert.Empty(await HistoryAsync(Client, runId, "loss"));
    }

    [Fact]
    public async Task LogBatch_1001Metrics_Returns400AndWritesNothing()
    {
        var runId = await CreateRunAsync(Client);
        var metrics = string.Join(',', Enumerable.Range(0, 1001).Select(i => $$"""{"key": "m", "value": {{i}}, "timestamp": 1, "step": {{i}}}"""));

        using var response = await Client.PostJsonAsync($"{Mlflow}/runs/log-batch",
            $$"""{"run_id": "{{runId}}", "metrics": [{{metrics}}], "params": [{"key": "p", "value": "1"}]}""");

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        var run = await GetRunAsync(Client, runId);
        Assert.Equal(0, Count(run, "metrics"));
        Assert.Equal(0, Count(run, "params"));
    }

    [Fact]
    public async Task LogBatch_101Params_Returns400AndWritesNothing()
    {
        var runId = await CreateRunAsync(Client);
        var parameters = string.Join(',', Enumerable.Range(0, 101).Select(i => $$"""{"key": "p{{i}}", "value": "v"}"""));

        using var response = await Client.PostJsonAsync($"{Mlflow}/runs/log-batch",
            $$"""{"run_id": "{{runId}}", "params": [{{parameters}}], "metrics": [{"key": "m", "value": 1, "timestamp": 1}]}""");

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        var run = await GetRunAsync(Client, runId);
        Assert.Equal(0, Count(run, "params"));
        Assert.Equal(0, Count(run, "metrics"));
    }

    [Fact]
    public async Task LogBatch_BodyOverOneMegabyte_Returns413AndWritesNothing()
    {
        var runId = await CreateRunAsync(Client);
        var value = new string('v', 6000);
        var parameters = string.Join(',', Enumerable.Range(0, 100).Select(i => $$"""{"key": "p{{i}}", "value": "{{value}}"}"""));
        var tags = string.Join(',', Enumerable.Range(0, 100).Select(i => $$"""{"key": "t{{i}}", "value": "{{value[..5000]}}"}"""));

        // Expect: 100-continue, as curl sends for large bodies: the server refuses before the body is sent, so the client never
        // writes into a connection the server has already closed (which would surface as a broken pipe instead of the 413).
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Mlflow}/runs/log-batch")
        {
            Content = new StringContent($$"""{"run_id": "{{runId}}", "params": [{{parameters}}], "tags": [{{tags}}]}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        using var response = await Client.SendAsync(request);

        await response.ReadErrorAsync(HttpStatusCode.RequestEntityTooLarge, "RESOURCE_LIMIT_EXCEEDED");
        Assert.Equal(0, Count(await GetRunAsync(Client, runId), "params"));
    }

    [Fact]
    public async Task LogParam_OverwriteWithDifferentValue_Returns400AndKeepsTheFirstValue()
    {
        var runId = await CreateRunAsync(Client);
        await Client.PostOkAsync($"{Mlflow}/runs/log-parameter", $$"""{"run_id": "{{runId}}", "key": "lr", "value": "0.1"}""");

        using var response = await Client.PostJsonAsync($"{Mlflow}/runs/log-parameter", $$"""{"run_id": "{{runId}}", "key": "lr", "value": "0.2"}""");

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        var parameters = (await GetRunAsync(Client, runId))["data"]!["params"]!.AsArray();
        Assert.Equal("0.1", (string?)Assert.Single(parameters)!["value"]);
    }

    [Fact]
    public async Task LogBatch_ParamOverwriteInBatch_Returns400AndWritesNoneOfTheBatch()
    {
        var runId = await CreateRunAsync(Client);
        await Client.PostOkAsync($"{Mlflow}/runs/log-parameter", $$"""{"run_id": "{{runId}}", "key": "lr", "value": "0.1"}""");

        using var response = await Client.PostJsonAsync($"{Mlflow}/runs/log-batch",
            $$"""{"run_id": "{{runId}}", "metrics": [{"key": "loss", "value": 1, "timestamp": 1}], "params": [{"key": "lr", "value": "0.3"}]}""");

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        Assert.Empty(await HistoryAsync(Client, runId, "loss"));
    }

    [Theory]
    [InlineData("PUT", "/api/2.0/mlflow-artifacts/artifacts/../../escape-{0}.txt")]
    [InlineData("PUT", "/api/2.0/mlflow-artifacts/artifacts/0/%2e%2e/%2E%2E/escape-{0}.txt")]
    [InlineData("PUT", "/api/2.0/mlflow-artifacts/artifacts/0/..%2F..%2Fescape-{0}.txt")]
    [InlineData("PUT", "/api/2.0/mlflow-artifacts/artifacts//tmp/escape-{0}.txt")]
    [InlineData("GET", "/api/2.0/mlflow-artifacts/artifacts/../../../etc/passwd?{0}")]
    [InlineData("GET", "/api/2.0/mlflow-artifacts/artifacts?path=../../{0}")]
    [InlineData("GET", "/api/2.0/mlflow-artifacts/artifacts?path=/etc/{0}")]
    public async Task ProxiedArtifacts_PathEscapingTheRoot_Returns400AndWritesNothing(string method, string target)
    {
        var marker = Some.Name("escape");

        var (status, body) = await RawHttp.SendAsync(fixture.Server.Server.BaseAddress, method, string.Format(target, marker), "payload");

        Assert.Equal(400, status);
        Assert.Contains("INVALID_PARAMETER_VALUE", body);
        Assert.Empty(Directory.EnumerateFiles(Path.GetTempPath(), $"*{marker}*"));
        Assert.Empty(Directory.EnumerateFiles(fixture.Server.Home, $"*{marker}*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task GetArtifact_PathEscapingTheRun_Returns400()
    {
        var runId = await CreateRunAsync(Client);

        using var response = await Client.GetAsync($"/get-artifact?run_uuid={runId}&path={Uri.EscapeDataString("../../../osprey.db")}");

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
    }

    [Fact]
    public async Task DeleteArtifact_ArtifactRoot_Returns400AndDeletesNothing()
    {
        var runId = await CreateRunAsync(Client);
        var uri = (string)(await GetRunAsync(Client, runId))["info"]!["artifact_uri"]!;
        var file = $"/api/2.0/mlflow-artifacts/artifacts/{uri["mlflow-artifacts:/".Length..]}/keep.txt";
        using (var put = await Client.PutAsync(file, new StringContent("keep", Encoding.UTF8)))
        {
            await put.ReadOkAsync();
        }

        using var response = await Client.DeleteAsync("/api/2.0/mlflow-artifacts/artifacts/");

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        Assert.Equal("keep", await Client.GetStringAsync(file));
    }

    [Fact]
    public async Task SearchRuns_InvalidFilterSyntax_Returns400NamingThePosition()
    {
        var experimentId = await CreateExperimentAsync(Client);

        using var response = await Client.PostJsonAsync($"{Mlflow}/runs/search",
            $$"""{"experiment_ids": ["{{experimentId}}"], "filter": "metrics.loss > 1 and params.lr ="}""");

        var message = await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        Assert.Contains("column", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownApiPath_Returns404EndpointNotFound()
    {
        using var response = await Client.PostJsonAsync($"{Mlflow}/runs/no-such-thing", "{}");

        await response.ReadErrorAsync(HttpStatusCode.NotFound, "ENDPOINT_NOT_FOUND");
    }

    [Fact]
    public async Task GetExperiment_NonNumericId_Returns400()
    {
        using var response = await Client.GetAsync($"{Mlflow}/experiments/get?experiment_id=abc");

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
    }

    [Fact]
    public async Task CreateExperiment_BodyIsAList_Returns400()
    {
        using var response = await Client.PostJsonAsync($"{Mlflow}/experiments/create", "[1, 2]");

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
    }
}
