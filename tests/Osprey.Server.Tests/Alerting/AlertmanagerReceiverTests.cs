using System.Text.Json.Nodes;
using Osprey.Core.Alerting.Alerts;
using Osprey.TestKit;

namespace Osprey.Server.Tests.Alerting;

/// <summary>The Alertmanager webhook receiver with hand-written version 4 payloads.</summary>
public sealed class AlertmanagerReceiverTests : IAsyncLifetime
{
    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Receive_FiringTwiceThenResolved_OneAlertCountedThenClosed()
    {
        var fingerprint = Some.Name("fp");
        var firing = Payload("firing", fingerprint, "critical");

        var first = await _server.Client.PostOkAsync("/api/integrations/alertmanager", firing);
        await _server.Client.PostOkAsync("/api/integrations/alertmanager", firing);
        var resolved = await _server.Client.PostOkAsync("/api/integrations/alertmanager", Payload("resolved", fingerprint, "critical"));

        var id = (string)first["alertIds"]![0]!;
        var alert = await _server.Workspace.Stores.Alerts.FindAsync(id, AlertIdentifierType.Id, default);
        Assert.NotNull(alert);
        Assert.Equal(1, (int)resolved["resolved"]!);
        Assert.Equal((Osprey.Core.Alerting.AlertStatus.Closed, 2, Osprey.Core.Alerting.AlertPriority.P1), (alert.Status, alert.Count, alert.Priority));
        Assert.Equal(("Model latency is high", "web-1:9090", "alertmanager"), (alert.Message, alert.Entity, alert.Source));
        Assert.Contains("alertname:HighLatency", alert.Tags);
        Assert.StartsWith("alertmanager:", alert.Alias, StringComparison.Ordinal);
        Assert.EndsWith(":" + fingerprint, alert.Alias, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("warning", "P3")]
    [InlineData("error", "P2")]
    [InlineData("high", "P2")]
    [InlineData("info", "P5")]
    [InlineData("unheard-of", "P3")]
    public async Task Receive_SeverityLabel_MapsToPriority(string severity, string priority)
    {
        var answer = await _server.Client.PostOkAsync("/api/integrations/alertmanager", Payload("firing", Some.Name("fp"), severity));

        var alert = await _server.Client.GetOkAsync($"/api/alerts/{(string)answer["alertIds"]![0]!}");
        Assert.Equal(priority, (string?)alert["data"]!["priority"]);
    }

    private static string Payload(string status, string fingerprint, string severity) => new JsonObject
    {
        ["version"] = "4",
        ["groupKey"] = "{}:{alertname=\"HighLatency\"}",
        ["status"] = status,
        ["receiver"] = "osprey",
        ["alerts"] = new JsonArray(new JsonObject
        {
            ["status"] = status,
            ["labels"] = new JsonObject { ["alertname"] = "HighLatency", ["severity"] = severity, ["instance"] = "web-1:9090" },
            ["annotations"] = new JsonObject { ["summary"] = "Model latency is high", ["description"] = "p99 above 500 ms" },
            ["startsAt"] = "2026-03-01T10:00:00Z",
            ["endsAt"] = status == "resolved" ? "2026-03-01T10:05:00Z" : "0001-01-01T00:00:00Z",
            ["fingerprint"] = fingerprint,
        }),
    }.ToJsonString();
}
