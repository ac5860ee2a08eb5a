using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.Escalation;
using Osprey.Core.Alerting.Notifications;
using Osprey.Core.Alerting.Routing;
using Osprey.Server.Alerting.OnCall;
using Osprey.TestKit;
using Osprey.TestKit.Webhooks;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>On-call over the real alert store: routing picks the policy when the alert opens, escalation pages, acknowledging stops it.</summary>
public sealed class OnCallAlertStoreTests
{
    [Fact]
    public async Task Raise_RoutedToAPolicy_PagesThroughTheRealAlertStoreUntilAcknowledged()
    {
        await using var receiver = new WebhookReceiver();
        using var folder = new TempDirectory();
        await using var database = await SqliteStores.OpenAsync(folder.File("osprey.db"), CancellationToken.None);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var yaml = $"""
            users:
              - name: alice
                webhook: {receiver.Address}alice
              - name: bob
                webhook: {receiver.Address}bob
            channels:
              - name: hook
                type: webhook
                url: {receiver.Address}channel
            escalation_policies:
              - name: pager
                steps:
                  - notify:
                      - user: alice
                  - wait: 5m
                    notify:
                      - user: bob
            routes:
              - name: churn
                match:
                  tags: [churn]
                escalation_policy: pager
            """;
        var (document, errors) = OnCallYamlLoader.ReadFile("e2e.yaml", yaml);
        Assert.Empty(errors);
        var configuration = OnCallConfigurationBuilder.Build([document!]).ValueOrThrow();
        var alerts = new AlertService(database.Stores.Alerts, clock, new AlertRouter(() => configuration));
        var store = database.Stores.Notifications;
        using var http = new HttpClient();
        var cycle = new OnCallCycle(new EscalationEngine(alerts, alerts, store, () => configuration, clock),
            new NotificationDispatcher(store, [new WebhookSender(new HttpWebhookTransport(http))], () => configuration, clock));

        var receipt = await alerts.RaiseAsync(new AlertRequest("Churn model drift", Tags: ["churn"]), CancellationToken.None);
        await alerts.RaiseAsync(new AlertRequest("Unrouted", Tags: ["other"]), CancellationToken.None);
        await cycle.RunOnceAsync(CancellationToken.None);
        await alerts.AcknowledgeAsync(receipt.AlertId, AlertIdentifierType.Id, "alice", null, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(10));
        await cycle.RunOnceAsync(CancellationToken.None);

        Assert.Equal(["/alice", "/alice"], receiver.Requests.Select(r => r.Path));
        Assert.Contains("\"event\":\"acknowledged\"", receiver.Requests[1].Text, StringComparison.Ordinal);
        Assert.Equal("pager", (await alerts.GetAsync(receipt.AlertId, CancellationToken.None))!.EscalationPolicy);
        var history = await alerts.ReadAfterAsync(0, 100, CancellationToken.None);
        Assert.Single(history, e => e.Kind == AlertEventKind.Escalated && e.AlertId == receipt.AlertId);
    }
}
