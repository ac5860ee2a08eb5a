using System.Net;
using System.Text.Json.Nodes;
using Osprey.Core;
using Osprey.TestKit;

namespace Osprey.Server.Tests.Alerting;

/// <summary>The Opsgenie-shaped alert API over real HTTP on 127.0.0.1.</summary>
public sealed class AlertApiTests : IAsyncLifetime
{
    private LiveServer _server = null!;

    private HttpClient Client => _server.Client;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Create_RepeatedAlias_Answers202AndCountsRepeat()
    {
        var alias = Some.Name("api-dedup");
        var body = $$"""{"message":"Disk full","alias":"{{alias}}","priority":"P2","tags":["disk"],"details":{"host":"db1"},"responders":[{"type":"team","name":"infra"}]}""";

        var first = await CreateAsync(body);
        var second = await CreateAsync(body);

        Assert.Equal("Request will be processed", (string?)first["result"]);
        Assert.False(string.IsNullOrEmpty((string?)first["requestId"]));
        Assert.Equal((string?)first["alertId"], (string?)second["alertId"]);
        Assert.Equal((true, 2), ((bool)second["deduplicated"]!, (int)second["count"]!));
        var alert = (await Client.GetOkAsync($"/api/alerts/{alias}?identifierType=alias"))["data"]!;
        Assert.Equal(("P2", "infra", "db1", 2), ((string?)alert["priority"], (string?)alert["team"], (string?)alert["details"]!["host"], (int)alert["count"]!));
    }

    [Fact]
    public async Task Actions_AckSnoozeNoteCloseByTinyId_ChangeStateAndHistory()
    {
        var created = await CreateAsync($$"""{"message":"Latency","alias":"{{Some.Name("api-life")}}"}""");
        var id = (string)created["alertId"]!;
        var tiny = (string)(await Client.GetOkAsync($"/api/alerts/{id}"))["data"]!["tinyId"]!;

        var acked = await ActAsync($"/api/alerts/{tiny}/acknowledge?identifierType=tiny", """{"user":"ana","note":"on it"}""");
        var snoozed = await ActAsync($"/api/alerts/{id}/snooze", """{"endTime":"2099-01-01T00:00:00Z"}""");
        await ActAsync($"/api/alerts/{id}/notes", """{"note":"restarted pods","user":"ana"}""");
        await ActAsync($"/api/alerts/{id}/priority", """{"priority":"P1"}""");
        var closed = await ActAsync($"/api/alerts/{id}/close", """{"user":"ana","noise":true}""");

        Assert.True((bool)acked["data"]!["acknowledged"]!);
        Assert.True((bool)snoozed["data"]!["snoozed"]!);
        Assert.Equal(("closed", "P1"), ((string?)closed["data"]!["status"], (string?)closed["data"]!["priority"]));
        Assert.Contains("noise", closed["data"]!["tags"]!.AsArray().Select(t => (string?)t));
        var history = (await Client.GetOkAsync($"/api/alerts/{id}/history"))["data"]!.AsArray();
        Assert.Equal(["Created", "Acknowledged", "Snoozed", "NoteAdded", "PriorityChanged", "Closed"], history.Select(e => (string?)e!["kind"]));
    }

    [Fact]
    public async Task List_Filters_ReturnMatchingPage()
    {
        var tag = Some.Name("tag");
        await CreateAsync($$"""{"message":"A","tags":["{{tag}}"],"priority":"P1","entity":"svc-a"}""");
        await CreateAsync($$"""{"message":"B","tags":["{{tag}}"],"priority":"P4"}""");

        var p1 = await Client.GetOkAsync($"/api/alerts?tag={tag}&priority=P1&status=open");
        var all = await Client.GetOkAsync($"/api/alerts?tag={tag}&limit=1");

        Assert.Equal("svc-a", (string?)Assert.Single(p1["data"]!.AsArray())!["entity"]);
        Assert.Equal(2, (int)all["totalCount"]!);
        Assert.Single(all["data"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"alias":"x"}""", "'message'")]
    [InlineData("""{"message":"ok","priority":"P9"}""", "'priority'")]
    [InlineData("""{"message":"ok","tags":["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]}""", "'tags[0]'")]
    [InlineData("""{"message":"ok","tags":"single"}""", "'tags'")]
    public async Task Create_InvalidBody_Answers400NamingField(string body, string field)
    {
        using var response = await Client.PostJsonAsync("/api/alerts", body);

        var message = await response.ReadErrorAsync(HttpStatusCode.BadRequest, ApiErrorCodes.InvalidParameterValue);
        Assert.Contains(field, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_UnknownAlertOrClosed_Answer404And400()
    {
        using var missing = await Client.PostJsonAsync($"/api/alerts/{Some.Name("none")}/acknowledge?identifierType=alias", "{}");
        await missing.ReadErrorAsync(HttpStatusCode.NotFound, ApiErrorCodes.ResourceDoesNotExist);
        var id = (string)(await CreateAsync("""{"message":"Closing"}"""))["alertId"]!;
        await ActAsync($"/api/alerts/{id}/close", "{}");

        using var ack = await Client.PostJsonAsync($"/api/alerts/{id}/acknowledge", "{}");

        await ack.ReadErrorAsync(HttpStatusCode.BadRequest, ApiErrorCodes.InvalidState);
    }

    [Fact]
    public async Task Analytics_ByPriority_ReportsCountsForRange()
    {
        await CreateAsync($$"""{"message":"Analytics","priority":"P5","alias":"{{Some.Name("an")}}"}""");

        var report = await Client.GetOkAsync("/api/alerts/analytics?by=priority&from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z");

        Assert.Equal("priority", (string?)report["by"]);
        Assert.True((int)report["overall"]!["alerts"]! >= 1);
        Assert.Contains(report["groups"]!.AsArray(), g => (string?)g!["key"] == "P5");
        using var bad = await Client.GetAsync("/api/alerts/analytics?by=colour");
        Assert.Contains("'by'", await bad.ReadErrorAsync(HttpStatusCode.BadRequest, ApiErrorCodes.InvalidParameterValue), StringComparison.Ordinal);
    }

    private async Task<JsonNode> CreateAsync(string body)
    {
        using var response = await Client.PostJsonAsync("/api/alerts", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Expected 202, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    private async Task<JsonNode> ActAsync(string path, string body)
    {
        using var response = await Client.PostJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Expected 202 from {path}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
