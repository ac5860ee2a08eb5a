using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>The alert service over a real workspace database: de-duplication, lifecycle events and their sequence, lookups and search.</summary>
public sealed class AlertServiceTests(SqliteDatabaseFixture db) : IClassFixture<SqliteDatabaseFixture>
{
    private readonly ManualTimeProvider _clock = new();

    private AlertService Alerts => new(db.Stores.Alerts, _clock);

    [Fact]
    public async Task RaiseAsync_RepeatOfOpenAlias_IncrementsCountWithoutCreatedEvent()
    {
        var alias = Some.Name("disk-full");
        var first = await Alerts.RaiseAsync(new AlertRequest("Disk full", alias), default);
        _clock.Advance(TimeSpan.FromMinutes(3));
        var second = await Alerts.RaiseAsync(new AlertRequest("Disk full again", alias), default);
        var third = await Alerts.RaiseAsync(new AlertRequest("Disk full again", alias), default);

        Assert.False(first.Deduplicated);
        Assert.True(second.Deduplicated);
        Assert.Equal(first.AlertId, third.AlertId);
        Assert.Equal(3, third.Count);
        var alert = await Alerts.FindAsync(first.AlertId, AlertIdentifierType.Id, default);
        Assert.Equal(3, alert.Count);
        Assert.Equal("Disk full", alert.Message);
        Assert.Equal(_clock.GetUtcNow().ToUnixTimeMilliseconds(), alert.LastOccurredAt);
        Assert.True(alert.LastOccurredAt > alert.CreatedAt);
        var history = await Alerts.HistoryAsync(first.AlertId, AlertIdentifierType.Id, default);
        Assert.Equal([AlertEventKind.Created], history.Select(e => e.Kind));
    }

    [Fact]
    public async Task RaiseAsync_ManyConcurrentRepeats_OneAlertWithEveryRepeatCountedOnce()
    {
        var alias = Some.Name("flood");
        await Alerts.RaiseAsync(new AlertRequest("Flood", alias), default);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 300).Select(_ => Task.Run(() => Alerts.RaiseAsync(new AlertRequest("Flood", alias), default))));

        Assert.Single(receipts.Select(r => r.AlertId).Distinct());
        Assert.All(receipts, r => Assert.True(r.Deduplicated));
        Assert.Equal(Enumerable.Range(2, 300), receipts.Select(r => r.Count).Order());
        var alert = await Alerts.FindAsync(alias, AlertIdentifierType.Alias, default);
        Assert.Equal(301, alert.Count);
        Assert.Single(await Alerts.HistoryAsync(alias, AlertIdentifierType.Alias, default));
    }

    [Fact]
    public async Task RaiseAsync_AfterClose_OpensNewAlertWithSameAlias()
    {
        var alias = Some.Name("cpu");
        var first = await Alerts.RaiseAsync(new AlertRequest("CPU high", alias), default);
        Assert.True(await Alerts.ResolveAsync(alias, "uptime", "recovered", default));
        var second = await Alerts.RaiseAsync(new AlertRequest("CPU high", alias), default);

        Assert.NotEqual(first.AlertId, second.AlertId);
        Assert.False(second.Deduplicated);
        Assert.Equal(1, second.Count);
        var byAlias = await Alerts.FindAsync(alias, AlertIdentifierType.Alias, default);
        Assert.Equal(second.AlertId, byAlias.Id);
        Assert.False(await Alerts.ResolveAsync(Some.Name("never-raised"), null, null, default));
    }

    [Fact]
    public async Task RaiseAsync_AliasDiffersOnlyInCase_OpensSeparateAlerts()
    {
        var alias = Some.Name("Queue-Backlog");
        var upper = await Alerts.RaiseAsync(new AlertRequest("Backlog", alias), default);
        var lower = await Alerts.RaiseAsync(new AlertRequest("Backlog", alias.ToLowerInvariant()), default);

        Assert.NotEqual(upper.AlertId, lower.AlertId);
        Assert.False(lower.Deduplicated);
    }

    [Fact]
    public async Task RaiseAsync_NoAlias_EveryRaiseOpensItsOwnAlert()
    {
        var message = Some.Name("no alias");
        var first = await Alerts.RaiseAsync(new AlertRequest(message), default);
        var second = await Alerts.RaiseAsync(new AlertRequest(message), default);

        Assert.NotEqual(first.AlertId, second.AlertId);
        var alert = await Alerts.FindAsync(first.AlertId, AlertIdentifierType.Id, default);
        Assert.Equal(first.AlertId, alert.Alias);
    }

    [Fact]
    public async Task Lifecycle_EveryChange_RecordsEventsInOrderWithGrowingSequences()
    {
        var alias = Some.Name("lifecycle");
        var receipt = await Alerts.RaiseAsync(new AlertRequest("Model latency", alias, Note: "first seen", User: "prometheus"), default);
        await Alerts.AcknowledgeAsync(alias, AlertIdentifierType.Alias, "ana", "looking", default);
        await Alerts.AcknowledgeAsync(alias, AlertIdentifierType.Alias, "ana", null, default);
        await Alerts.UnacknowledgeAsync(alias, AlertIdentifierType.Alias, "ana", null, default);
        await Alerts.AddNoteAsync(alias, AlertIdentifierType.Alias, "rolled back", "bo", default);
        await Alerts.ChangePriorityAsync(alias, AlertIdentifierType.Alias, AlertPriority.P1, "bo", default);
        await Alerts.RecordAsync(receipt.AlertId, AlertEventKind.Escalated, "escalation", "step 2", default);
        await Alerts.CloseAsync(alias, AlertIdentifierType.Alias, "bo", "fixed", noise: false, default);
        await Alerts.CloseAsync(alias, AlertIdentifierType.Alias, "bo", null, noise: false, default);

        var history = await Alerts.HistoryAsync(receipt.AlertId, AlertIdentifierType.Id, default);
        Assert.Equal(
            [AlertEventKind.Created, AlertEventKind.Acknowledged, AlertEventKind.Unacknowledged, AlertEventKind.NoteAdded,
             AlertEventKind.PriorityChanged, AlertEventKind.Escalated, AlertEventKind.Closed],
            history.Select(e => e.Kind));
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Equal(("prometheus", "first seen"), (history[0].Actor, history[0].Note));
        Assert.Equal("rolled back", history[3].Note);
        var feed = await Alerts.ReadAfterAsync(history[0].Sequence - 1, 10_000, default);
        Assert.Equal(history.Select(e => e.Sequence), feed.Where(e => e.AlertId == receipt.AlertId).Select(e => e.Sequence));
        var closed = await Alerts.FindAsync(receipt.AlertId, AlertIdentifierType.Id, default);
        Assert.Equal((AlertStatus.Closed, AlertPriority.P1, "bo"), (closed.Status, closed.Priority, closed.ClosedBy));
        Assert.NotNull(closed.FirstAcknowledgedAt);
        Assert.False(closed.Acknowledged);
    }

    [Fact]
    public async Task AcknowledgeAsync_ClosedAlert_IsInvalidState()
    {
        var alias = Some.Name("closed");
        var receipt = await Alerts.RaiseAsync(new AlertRequest("Gone", alias), default);
        await Alerts.CloseAsync(receipt.AlertId, AlertIdentifierType.Id, null, null, noise: true, default);

        var error = await Assert.ThrowsAsync<OspreyException>(() => Alerts.AcknowledgeAsync(receipt.AlertId, AlertIdentifierType.Id, "ana", null, default));

        Assert.Equal(ErrorCode.InvalidState, error.Code);
        Assert.Contains("closed", error.Message, StringComparison.Ordinal);
        var alert = await Alerts.FindAsync(receipt.AlertId, AlertIdentifierType.Id, default);
        Assert.Contains(AlertNoise.Tag, alert.Tags);
    }

    [Fact]
    public async Task FindAsync_TinyIdAndUnknown_FindsOrThrowsNotFound()
    {
        var receipt = await Alerts.RaiseAsync(new AlertRequest("Tiny", Some.Name("tiny")), default);
        var alert = await Alerts.FindAsync(receipt.AlertId, AlertIdentifierType.Id, default);

        var byTiny = await Alerts.FindAsync(alert.TinyId.ToString(System.Globalization.CultureInfo.InvariantCulture), AlertIdentifierType.Tiny, default);

        Assert.Equal(receipt.AlertId, byTiny.Id);
        var error = await Assert.ThrowsAsync<OspreyException>(() => Alerts.FindAsync(Some.Name("missing"), AlertIdentifierType.Alias, default));
        Assert.Equal(ErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task RaiseAsync_TeamResponder_RoutesToTeamAndSearchFindsIt()
    {
        var team = Some.Name("team");
        var tag = Some.Name("tag");
        var request = new AlertRequest("Drift", Some.Name("drift"), AlertPriority.P2, [tag, "ml"], new Dictionary<string, string> { ["model"] = "churn" },
            "churn-model", "monitor", Responders: [new AlertResponder("team", team), new AlertResponder("escalation", "ml-oncall")]);
        var receipt = await Alerts.RaiseAsync(request, default);
        await Alerts.RaiseAsync(new AlertRequest("Other", Some.Name("other"), Tags: [tag]), default);

        var page = await Alerts.SearchAsync(new AlertQuery(Team: team), default);
        var byTag = await Alerts.SearchAsync(new AlertQuery(Tag: tag, Priority: AlertPriority.P2, Status: AlertStatus.Open), default);
        var paged = await Alerts.SearchAsync(new AlertQuery(Tag: tag, Limit: 1, Offset: 1), default);

        var alert = Assert.Single(page.Alerts);
        Assert.Equal((receipt.AlertId, team, "ml-oncall", "churn"), (alert.Id, alert.Team, alert.EscalationPolicy, alert.Details["model"]));
        Assert.Equal(receipt.AlertId, Assert.Single(byTag.Alerts).Id);
        Assert.Equal(2, paged.Total);
        Assert.Equal(receipt.AlertId, Assert.Single(paged.Alerts).Id);
    }

    [Fact]
    public async Task RaiseAsync_RouterGiven_StoresItsRoute()
    {
        var alerts = new AlertService(db.Stores.Alerts, _clock, new FixedRouter(new AlertRoute("payments", "payments-policy")));
        var receipt = await alerts.RaiseAsync(new AlertRequest("Routed", Some.Name("routed")), default);

        var alert = await alerts.FindAsync(receipt.AlertId, AlertIdentifierType.Id, default);

        Assert.Equal(("payments", "payments-policy"), (alert.Team, alert.EscalationPolicy));
    }

    private sealed class FixedRouter(AlertRoute route) : IAlertRouter
    {
        public AlertRoute Route(AlertRequest request) => route;
    }
}
