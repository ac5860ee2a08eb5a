using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.Core.Alerting.Analytics;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>Analytics over alerts stored in a real database: facts carry first-ack and close times, escalations and noise tags.</summary>
public sealed class AlertAnalyticsStoreTests
{
    [Fact]
    public async Task ReportAsync_StoredHistory_CountsAckCloseEscalationAndNoise()
    {
        using var folder = new TempFolder();
        await using var database = await SqliteStores.OpenAsync(folder.Database, default);
        var clock = new ManualTimeProvider();
        var start = clock.GetUtcNow();
        var alerts = new AlertService(database.Stores.Alerts, clock);
        var team = new[] { new AlertResponder("team", "ml") };
        var a = await alerts.RaiseAsync(new AlertRequest("A", Some.Name("a"), Responders: team), default);
        var b = await alerts.RaiseAsync(new AlertRequest("B", Some.Name("b"), Responders: team), default);
        clock.Advance(TimeSpan.FromMinutes(2));
        await alerts.AcknowledgeAsync(a.AlertId, AlertIdentifierType.Id, "ana", null, default);
        await alerts.RecordAsync(b.AlertId, AlertEventKind.Escalated, "escalation", null, default);
        clock.Advance(TimeSpan.FromMinutes(8));
        await alerts.CloseAsync(a.AlertId, AlertIdentifierType.Id, "ana", null, noise: false, default);
        await alerts.CloseAsync(b.AlertId, AlertIdentifierType.Id, "bo", null, noise: true, default);

        var report = await new AlertAnalyticsService(database.Stores.Alerts).ReportAsync(start, clock.GetUtcNow(), AlertGrouping.Team, 5, default);

        var ml = Assert.Single(report.Groups);
        Assert.Equal(("ml", 2, 1, 2), (ml.Key, ml.Alerts, ml.Acknowledged, ml.Closed));
        Assert.Equal(120.0, ml.MttaSeconds);
        Assert.Equal(600.0, ml.MttrSeconds);
        Assert.Equal((0.5, 0.5), (ml.EscalationRate, ml.NoiseRate));
    }
}
