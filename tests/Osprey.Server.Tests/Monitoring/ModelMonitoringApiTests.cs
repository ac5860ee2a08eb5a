using System.Net;
using System.Text.Json.Nodes;
using Osprey.Core;
using Osprey.Core.Monitoring.Series;
using Osprey.TestKit;

namespace Osprey.Server.Tests.Monitoring;

/// <summary>The model monitoring API over real HTTP: performance and drift run on the server's prediction log, bad input is a 4xx naming the field.</summary>
public sealed class ModelMonitoringApiTests
{
    private const string Performance = "/api/osprey/monitoring/performance";
    private const string Drift = "/api/osprey/monitoring/drift";

    [Fact]
    public async Task Performance_LoggedModel_AnswersTheReportAndRecordsSeries()
    {
        await using var live = await LiveServer.StartAsync();
        var model = Some.Name("churn");
        await MonitoringData.SeedLabelledAsync(live.Workspace.Stores, model, TimeProvider.System.GetUtcNow());

        var report = await live.Client.PostOkAsync(Performance, $$"""{"model":"{{model}}","thresholds":["accuracy=0.9"],"min_labelled":1}""");

        Assert.Equal(model, (string?)report["model"]);
        Assert.Equal("Degraded", (string?)report["verdict"]);
        var version = report["versions"]!.AsArray().Single()!;
        Assert.Equal(2, (int)version["version"]!);
        Assert.Equal(3, (int)version["labelled"]!);
        Assert.Equal(2.0 / 3, (double)version["metrics"]!["accuracy"]!, 9);
        var series = await live.Workspace.Stores.Series.QueryAsync(
            new SeriesQuery("model_accuracy", new Dictionary<string, string> { ["model"] = model }, 0, long.MaxValue), CancellationToken.None);
        Assert.NotEmpty(series);
    }

    [Fact]
    public async Task Performance_RecordFalse_RecordsNothing()
    {
        await using var live = await LiveServer.StartAsync();
        var model = Some.Name("quiet");
        await MonitoringData.SeedLabelledAsync(live.Workspace.Stores, model, TimeProvider.System.GetUtcNow());

        var report = await live.Client.PostOkAsync(Performance, $$"""{"model":"{{model}}","min_labelled":1,"record":false}""");

        Assert.Equal("Healthy", (string?)report["verdict"]);
        var series = await live.Workspace.Stores.Series.QueryAsync(
            new SeriesQuery("model_accuracy", new Dictionary<string, string> { ["model"] = model }, 0, long.MaxValue), CancellationToken.None);
        Assert.Empty(series);
    }

    [Fact]
    public async Task Performance_UnknownModel_Is404WithTheCode()
    {
        await using var live = await LiveServer.StartAsync();
        var model = Some.Name("nobody");

        using var response = await live.Client.PostJsonAsync(Performance, $$"""{"model":"{{model}}"}""");

        var message = await response.ReadErrorAsync(HttpStatusCode.NotFound, ApiErrorCodes.ResourceDoesNotExist);
        Assert.Contains(model, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"model":"m","window":"a week"}""", "'window'")]
    [InlineData("""{"model":"m","bucket":"-1d"}""", "'bucket'")]
    [InlineData("""{"model":"m","thresholds":["f1=high"]}""", "'thresholds[0]'")]
    [InlineData("""{"window":"7d"}""", "'model'")]
    [InlineData("""{"model":"m","min_labelled":"many"}""", "'min_labelled'")]
    public async Task Performance_BadField_Is400NamingIt(string body, string field)
    {
        await using var live = await LiveServer.StartAsync();

        using var response = await live.Client.PostJsonAsync(Performance, body);

        Assert.Contains(field, await response.ReadErrorAsync(HttpStatusCode.BadRequest, ApiErrorCodes.InvalidParameterValue), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drift_ShiftedPredictions_AnswersTheDriftDocument()
    {
        await using var live = await LiveServer.StartAsync();
        using var folder = new TempDirectory();
        var model = Some.Name("drifting");
        MonitoringData.WriteCsv(folder.File("ref.csv"), shift: 0);
        await MonitoringData.SeedInputsAsync(live.Workspace.Stores, model, TimeProvider.System.GetUtcNow(), shift: 4);
        var body = new JsonObject
        {
            ["reference_profile"] = JsonNode.Parse(MonitoringData.Profile(folder.File("ref.csv")).ToJson()),
            ["current_model"] = model, ["window"] = "1d", ["column_tests"] = new JsonObject { ["a"] = "psi" },
        };

        var result = await live.Client.PostOkAsync(Drift, body.ToJsonString());

        Assert.True((bool)result["dataset_drift"]!);
        Assert.Equal(300, (long)result["current_rows"]!);
        Assert.Equal(folder.File("ref.csv"), (string?)result["reference"]);
        var a = result["columns"]!.AsArray().Single(c => (string?)c!["column"] == "a")!;
        Assert.Equal("psi", (string?)a["test"]);
        Assert.True((bool)a["drifted"]!);
    }

    [Fact]
    public async Task Drift_ModelWithoutPredictions_Is404WithTheCode()
    {
        await using var live = await LiveServer.StartAsync();
        using var folder = new TempDirectory();
        MonitoringData.WriteCsv(folder.File("ref.csv"), shift: 0);
        var body = new JsonObject { ["reference_profile"] = JsonNode.Parse(MonitoringData.Profile(folder.File("ref.csv")).ToJson()), ["current_model"] = Some.Name("silent") };

        using var response = await live.Client.PostJsonAsync(Drift, body.ToJsonString());

        await response.ReadErrorAsync(HttpStatusCode.NotFound, ApiErrorCodes.ResourceDoesNotExist);
    }

    [Theory]
    [InlineData("""{"current_model":"m"}""", "'reference_profile'")]
    [InlineData("""{"reference_profile":{"format":1,"source":"x","rows":0,"columns":[]},"current_model":"m","window":"soon"}""", "'window'")]
    [InlineData("""{"reference_profile":{"format":1,"source":"x","rows":0,"columns":[]},"current_model":"m","column_tests":{"a":"magic"}}""", "'column_tests.a'")]
    [InlineData("""{"reference_profile":{"format":1,"source":"x","rows":0,"columns":[]},"current_model":"m","drift_share":2}""", "'drift_share'")]
    [InlineData("""{"reference_profile":{"format":1,"source":"x","rows":0,"columns":[]}}""", "'current_model'")]
    public async Task Drift_BadField_Is400NamingIt(string body, string field)
    {
        await using var live = await LiveServer.StartAsync();

        using var response = await live.Client.PostJsonAsync(Drift, body);

        Assert.Contains(field, await response.ReadErrorAsync(HttpStatusCode.BadRequest, ApiErrorCodes.InvalidParameterValue), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Performance_TokensRequiredWithoutOne_Is401()
    {
        await using var live = await LiveServer.StartAsync(o => o with { StaticToken = "monitoring-secret-token" });

        using var anonymous = await live.Client.PostJsonAsync(Performance, """{"model":"m"}""");
        using var authorised = live.CreateClient("monitoring-secret-token");
        using var withToken = await authorised.PostJsonAsync(Performance, """{"model":"m","window":"never"}""");

        await anonymous.ReadErrorAsync(HttpStatusCode.Unauthorized, ApiErrorCodes.Unauthenticated);
        await withToken.ReadErrorAsync(HttpStatusCode.BadRequest, ApiErrorCodes.InvalidParameterValue);
    }
}
