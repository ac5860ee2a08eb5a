using System.Net;
using Osprey.TestKit;
using static Osprey.Server.Tests.TestData;

namespace Osprey.Server.Tests.Api;

/// <summary>Parameters bind from a JSON body or the query string for GET and DELETE, as MLflow's clients send them, under both API prefixes.</summary>
public sealed class RequestBindingTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task DeleteRegisteredModel_QueryParameters_DeletesTheModel()
    {
        var name = Some.Name("model");
        await Client.PostOkAsync($"{Mlflow}/registered-models/create", $$"""{"name": "{{name}}"}""");

        using var delete = await Client.DeleteAsync($"{Mlflow}/registered-models/delete?name={name}");

        await delete.ReadOkAsync();
        using var get = await Client.GetAsync($"{Mlflow}/registered-models/get?name={name}");
        await get.ReadErrorAsync(HttpStatusCode.NotFound, "RESOURCE_DOES_NOT_EXIST");
    }

    [Fact]
    public async Task GetRun_JsonBodyOnGet_ReadsTheBody()
    {
        var runId = await CreateRunAsync(Client);

        using var response = await Client.SendJsonAsync(HttpMethod.Get, $"{Mlflow}/runs/get", $$"""{"run_id": "{{runId}}"}""");

        Assert.Equal(runId, (string?)(await response.ReadOkAsync())["run"]!["info"]!["run_id"]);
    }

    [Fact]
    public async Task CreateExperiment_UnknownMembers_AreIgnored()
    {
        var answer = await Client.PostOkAsync($"{Mlflow}/experiments/create", $$"""{"name": "{{Some.Name("experiment")}}", "workspace": "default", "extra": [1]}""");

        Assert.NotNull(answer["experiment_id"]);
    }

    [Fact]
    public async Task GetExperiment_AjaxApiPrefix_AnswersLikeTheApiPrefix()
    {
        var id = await CreateExperimentAsync(Client);

        var viaApi = await Client.GetOkAsync($"/api/2.0/mlflow/experiments/get?experiment_id={id}");
        var viaAjax = await Client.GetOkAsync($"/ajax-api/2.0/mlflow/experiments/get?experiment_id={id}");

        Assert.Equal(viaApi.ToJsonString(), viaAjax.ToJsonString());
    }

    [Fact]
    public async Task SearchExperiments_PagedWithTokens_VisitsEveryExperimentOnce()
    {
        var prefix = Some.Name("paged");
        for (var i = 0; i < 5; i++)
        {
            await CreateExperimentAsync(Client, $"{prefix}-{i}");
        }
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await Client.PostOkAsync($"{Mlflow}/experiments/search",
                $$"""{"filter": "name LIKE '{{prefix}}-%'", "max_results": 2{{(token is null ? "" : $", \"page_token\": \"{token}\"")}}}""");
            seen.AddRange(page["experiments"]!.AsArray().Select(e => (string)e!["name"]!));
            token = (string?)page["next_page_token"];
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"{prefix}-{i}").Order(), seen.Order());
    }

    [Fact]
    public async Task LogBatch_EmptyRunId_Returns400NamingRunId()
    {
        using var response = await Client.PostJsonAsync($"{Mlflow}/runs/log-batch", """{"metrics": []}""");

        var message = await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        Assert.Contains("'run_id'", message);
    }

    [Fact]
    public async Task LogBatch_MetricWithoutKey_Returns400NamingTheIndex()
    {
        var runId = await CreateRunAsync(Client);

        using var response = await Client.PostJsonAsync($"{Mlflow}/runs/log-batch",
            $$"""{"run_id": "{{runId}}", "metrics": [{"key": "a", "value": 1, "timestamp": 1}, {"value": 2, "timestamp": 1}]}""");

        var message = await response.ReadErrorAsync(HttpStatusCode.BadRequest, "INVALID_PARAMETER_VALUE");
        Assert.Contains("metrics[1].key", message);
        Assert.Empty(await HistoryAsync(Client, runId, "a"));
    }
}
