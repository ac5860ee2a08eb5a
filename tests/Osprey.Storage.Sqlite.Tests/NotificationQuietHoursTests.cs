using Osprey.Core.Alerting;
using Osprey.TestKit.Smtp;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

public sealed class NotificationQuietHoursTests
{
    // 23:00 CEST on 2026-06-10.
    private static readonly DateTimeOffset LateEvening = new(2026, 6, 10, 21, 0, 0, TimeSpan.Zero);

    private static string Yaml(int smtpPort) => $"""
        channels:
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
                  - channel: mail
        quiet_hours:
          - name: nights
            priorities: P3-P5
            channels: [email]
            from: "22:00"
            to: "08:00"
            time_zone: Europe/Berlin
        """;

    [Fact]
    public async Task Dispatch_LowPriorityDuringQuietHours_HoldsThemAndSendsOneDigestWhenTheyEnd()
    {
        await using var sink = new SmtpSink();
        await using var harness = await OnCallHarness.StartAsync(Yaml(sink.Port), LateEvening);
        harness.Alerts.Open("Drift on churn", "pager", AlertPriority.P3);
        await harness.AdvanceAsync(TimeSpan.Zero);
        harness.Alerts.Open("Slow batch", "pager", AlertPriority.P4);

        await harness.AdvanceAsync(TimeSpan.FromHours(3));
        await harness.AdvanceAsync(TimeSpan.FromHours(6).Subtract(TimeSpan.FromMinutes(1)));
        Assert.Empty(sink.Messages);
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));

        var digest = Assert.Single(await sink.WaitForAsync(1));
        Assert.Equal("Osprey digest: 2 notifications held during quiet hours", digest.Header("Subject"));
        Assert.Contains("Drift on churn", digest.Body, StringComparison.Ordinal);
        Assert.Contains("Slow batch", digest.Body, StringComparison.Ordinal);
        Assert.StartsWith("dig_", digest.Header("X-Osprey-Delivery-Id"), StringComparison.Ordinal);
        await harness.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Single(sink.Messages);
    }

    [Fact]
    public async Task Dispatch_P1DuringQuietHours_PagesAtOnce()
    {
        await using var sink = new SmtpSink();
        await using var harness = await OnCallHarness.StartAsync(Yaml(sink.Port), LateEvening);
        harness.Alerts.Open("Serving down", "pager", AlertPriority.P1);

        await harness.AdvanceAsync(TimeSpan.Zero);

        var message = Assert.Single(await sink.WaitForAsync(1));
        Assert.Equal("[P1] #1 Serving down (escalated)", message.Header("Subject"));
    }
}
