using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Escalation;
using Osprey.TestKit.Webhooks;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

public sealed class OnCallEscalationTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static string Yaml(Uri hook, int repeats) => $"""
        users:
          - name: alice
            webhook: {hook}alice
          - name: bob
            webhook: {hook}bob
        channels:
          - name: hook
            type: webhook
            url: {hook}channel
            secret: s3cret
        escalation_policies:
          - name: pager
            steps:
              - wait: 0s
                notify:
                  - user: alice
              - wait: 10m
                notify:
                  - user: bob
            repeat:
              times: {repeats}
              delay: 30m
        """;

    private static string[] Paths(WebhookReceiver receiver) => receiver.Requests.Select(r => r.Path.TrimStart('/')).ToArray();

    [Fact]
    public async Task RunOnce_UnacknowledgedAlert_WalksTheStepsThenRepeatsThenStops()
    {
        await using var receiver = new WebhookReceiver();
        await using var harness = await OnCallHarness.StartAsync(Yaml(receiver.Address, repeats: 1), Start);
        harness.Alerts.Open("Disk full", "pager");

        await harness.AdvanceAsync(TimeSpan.Zero);
        Assert.Equal(["alice"], Paths(receiver));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(9));
        Assert.Equal(["alice"], Paths(receiver));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(["alice", "bob"], Paths(receiver));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(30));
        Assert.Equal(["alice", "bob", "alice"], Paths(receiver));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(10));
        await harness.AdvanceAsync(TimeSpan.FromHours(5));

        Assert.Equal(["alice", "bob", "alice", "bob"], Paths(receiver));
        Assert.Equal(4, harness.Alerts.Events.Count(e => e.Kind == AlertEventKind.Escalated));
        Assert.Equal(4, receiver.Requests.Select(r => r.Header("X-Osprey-Delivery-Id")).Distinct().Count());
    }

    [Fact]
    public async Task RunOnce_AcknowledgedAfterFirstStep_StopsAndTellsWhoWasPaged()
    {
        await using var receiver = new WebhookReceiver();
        await using var harness = await OnCallHarness.StartAsync(Yaml(receiver.Address, repeats: 3), Start);
        var id = harness.Alerts.Open("Disk full", "pager");
        await harness.AdvanceAsync(TimeSpan.Zero);

        harness.Alerts.Acknowledge(id, "alice");
        await harness.AdvanceAsync(TimeSpan.FromMinutes(5));
        await harness.AdvanceAsync(TimeSpan.FromHours(3));

        Assert.Equal(["alice", "alice"], Paths(receiver));
        Assert.Contains("\"event\":\"acknowledged\"", receiver.Requests[1].Text, StringComparison.Ordinal);
        Assert.Equal(EscalationStatus.Stopped, (await harness.Store.GetEscalationAsync(id, CancellationToken.None))!.Status);
        Assert.Single(harness.Alerts.Events, e => e.Kind == AlertEventKind.Escalated);
    }

    [Fact]
    public async Task RunOnce_AfterRestart_ResumesTheNextStepOnceFromTheStoredState()
    {
        await using var receiver = new WebhookReceiver();
        var first = await OnCallHarness.StartAsync(Yaml(receiver.Address, repeats: 0), Start);
        var id = first.Alerts.Open("Disk full", "pager");
        await first.AdvanceAsync(TimeSpan.Zero);
        await first.CloseAsync();

        await using var second = await OnCallHarness.StartAsync(Yaml(receiver.Address, repeats: 0), Start, first.Folder, first.Clock, first.Alerts);
        await second.AdvanceAsync(TimeSpan.Zero);
        await second.AdvanceAsync(TimeSpan.FromMinutes(10));
        await second.AdvanceAsync(TimeSpan.FromMinutes(10));

        Assert.Equal(["alice", "bob"], Paths(receiver));
        Assert.Equal(EscalationStatus.Finished, (await second.Store.GetEscalationAsync(id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task RunOnce_StepRequestedButItsEventNeverRecorded_AsksAgainExactlyOnce()
    {
        await using var receiver = new WebhookReceiver();
        await using var harness = await OnCallHarness.StartAsync(Yaml(receiver.Address, repeats: 0), Start);
        var id = harness.Alerts.Open("Disk full", "pager");
        await harness.AdvanceAsync(TimeSpan.Zero);
        var state = (await harness.Store.GetEscalationAsync(id, CancellationToken.None))!;
        // As if the process died after marking step 2 requested and before the Escalated event reached the alert store.
        await harness.Store.SaveEscalationAsync(state with { Requested = true, DueAt = state.DueAt }, CancellationToken.None);

        await harness.AdvanceAsync(TimeSpan.FromMinutes(10));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(10));

        Assert.Equal(["alice", "bob"], Paths(receiver));
        Assert.Equal(2, harness.Alerts.Events.Count(e => e.Kind == AlertEventKind.Escalated));
    }
}
