using System.Text.Json;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Notifications;
using Osprey.TestKit.Smtp;
using Osprey.TestKit.Webhooks;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

public sealed class NotificationDeliveryTests
{
    private static readonly DateTimeOffset Noon = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static string Yaml(Uri hook, int smtpPort, string target) => $"""
        users:
          - name: alice
            email: alice@example.com
            slack: "@alice"
            channels: [slack]
        channels:
          - name: hook
            type: webhook
            url: {hook}hook
            secret: s3cret
          - name: slack
            type: slack
            url: {hook}slack
          - name: mail
            type: email
            smtp_host: 127.0.0.1
            smtp_port: {smtpPort}
            from: osprey@example.com
            to: [ops@example.com]
        escalation_policies:
          - name: pager
            steps:
              - notify:
                  - {target}
        """;

    [Fact]
    public async Task Dispatch_WebhookChannel_SignsTheExactBodyWithTheChannelSecret()
    {
        await using var receiver = new WebhookReceiver();
        await using var harness = await OnCallHarness.StartAsync(Yaml(receiver.Address, 25, "channel: hook"), Noon);
        var id = harness.Alerts.Open("Disk full", "pager", AlertPriority.P1);

        await harness.AdvanceAsync(TimeSpan.Zero);

        var request = Assert.Single(await receiver.WaitForAsync(1));
        Assert.True(WebhookSignature.Verify(request.Body, "s3cret", request.Header("X-Osprey-Signature")));
        Assert.False(WebhookSignature.Verify(request.Body, "wrong", request.Header("X-Osprey-Signature")));
        Assert.Equal(Noon.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), request.Header("X-Osprey-Timestamp"));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(request.Header("X-Osprey-Delivery-Id"), body.RootElement.GetProperty("deliveryId").GetString());
        var item = body.RootElement.GetProperty("notifications")[0];
        Assert.Equal((id, "P1", "escalated"), (item.GetProperty("alertId").GetString(), item.GetProperty("priority").GetString(), item.GetProperty("event").GetString()));
    }

    [Fact]
    public async Task Dispatch_SlackChannelForAUser_PostsTextAndBlocksMentioningTheHandle()
    {
        await using var receiver = new WebhookReceiver();
        await using var harness = await OnCallHarness.StartAsync(Yaml(receiver.Address, 25, "user: alice"), Noon);
        harness.Alerts.Open("Model latency high", "pager", AlertPriority.P2);

        await harness.AdvanceAsync(TimeSpan.Zero);

        var request = Assert.Single(await receiver.WaitForAsync(1));
        Assert.Equal("/slack", request.Path);
        using var body = JsonDocument.Parse(request.Body);
        Assert.StartsWith("@alice [P2] #1 Model latency high (escalated)", body.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        var blocks = body.RootElement.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(["header", "section", "context"], blocks.Select(b => b.GetProperty("type").GetString()));
        Assert.Equal("mrkdwn", blocks[1].GetProperty("text").GetProperty("type").GetString());
        Assert.Contains("@alice", blocks[1].GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_EmailChannel_MailsTheSmtpSinkWithTheDeliveryIdHeader()
    {
        await using var sink = new SmtpSink();
        await using var receiver = new WebhookReceiver();
        await using var harness = await OnCallHarness.StartAsync(Yaml(receiver.Address, sink.Port, "channel: mail"), Noon);
        harness.Alerts.Open("Pipeline failed", "pager", AlertPriority.P3);

        await harness.AdvanceAsync(TimeSpan.Zero);

        var message = Assert.Single(await sink.WaitForAsync(1));
        Assert.Equal(("osprey@example.com", "ops@example.com"), (message.From, message.To.Single()));
        Assert.Equal("[P3] #1 Pipeline failed (escalated)", message.Header("Subject"));
        var delivery = Assert.Single(await harness.Store.ListDeliveriesAsync(new DeliveryQuery(), CancellationToken.None));
        Assert.Equal(delivery.DeliveryId, message.Header("X-Osprey-Delivery-Id"));
        Assert.Equal(OutboxStatus.Sent, delivery.Status);
    }

    [Fact]
    public async Task Dispatch_ReceiverFailsTwice_RetriesWithBackoffAndLogsEveryAttempt()
    {
        await using var receiver = new WebhookReceiver(n => n < 2 ? 503 : 200);
        await using var harness = await OnCallHarness.StartAsync(Yaml(receiver.Address, 25, "channel: hook"), Noon);
        harness.Alerts.Open("Disk full", "pager");

        await harness.AdvanceAsync(TimeSpan.Zero);
        var failed = Assert.Single(await harness.Store.ListDeliveriesAsync(new DeliveryQuery(), CancellationToken.None));
        Assert.Equal((OutboxStatus.Pending, 1), (failed.Status, failed.Attempts));
        Assert.Contains("503", failed.LastError, StringComparison.Ordinal);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(29));
        Assert.Single(receiver.Requests);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(2, receiver.Requests.Count);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(59));
        Assert.Equal(2, receiver.Requests.Count);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal([503, 503, 200], receiver.Requests.Select(r => r.Status));
        Assert.Single(receiver.Requests.Select(r => r.Header("X-Osprey-Delivery-Id")).Distinct());
        var delivery = Assert.Single(await harness.Store.ListDeliveriesAsync(new DeliveryQuery(), CancellationToken.None));
        Assert.Equal((OutboxStatus.Sent, 3, (string?)null), (delivery.Status, delivery.Attempts, delivery.LastError));
    }
}
