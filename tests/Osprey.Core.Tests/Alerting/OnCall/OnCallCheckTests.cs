using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.Escalation;
using Osprey.Core.Alerting.OnCall;
using Xunit;
using static Osprey.Core.Tests.Alerting.OnCall.ScheduleFixtures;

namespace Osprey.Core.Tests.Alerting.OnCall;

public sealed class OnCallCheckTests
{
    private static OnCallConfiguration BusinessHoursOnly()
    {
        var schedule = Of(TimeZoneInfo.Utc, Layer("day", "2026-06-01T09:00", TimeSpan.FromDays(1), ["carol"], Weekdays("09:00", "17:00"))) with { Name = "day" };
        var policy = new EscalationPolicy("pager", [new EscalationStep(TimeSpan.Zero, [new EscalationTarget(TargetKind.Schedule, "day")])], 0, TimeSpan.Zero);
        return OnCallConfiguration.Empty with
        {
            Users = new Dictionary<string, UserDefinition> { ["carol"] = new("carol", Email: "carol@example.com"), ["dan"] = new("dan") },
            Schedules = new Dictionary<string, Schedule> { ["day"] = schedule },
            Policies = new Dictionary<string, EscalationPolicy> { ["pager"] = policy },
            Channels = new Dictionary<string, ChannelDefinition> { ["mail"] = new("mail", ChannelKind.Email, SmtpHost: "127.0.0.1", From: "o@example.com") },
        };
    }

    [Fact]
    public void Run_ScheduleWithNights_ReportsEachGapAndThePolicyEndingInNobody()
    {
        var warnings = OnCallCheck.Run(BusinessHoursOnly(), Utc("2026-06-02T00:00Z"), Utc("2026-06-03T00:00Z"));

        Assert.Contains(new OnCallWarning("schedule day", "nobody is on call from 2026-06-02 00:00 +00:00 to 2026-06-02 09:00 +00:00"), warnings);
        Assert.Contains(new OnCallWarning("schedule day", "nobody is on call from 2026-06-02 17:00 +00:00 to 2026-06-03 00:00 +00:00"), warnings);
        Assert.Contains(warnings, w => w.Subject == "escalation policy pager" && w.Message.StartsWith("the escalation path ends in nobody: at 2026-06-02 00:00:00Z", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Message == "step 1 never reaches anyone");
    }

    [Fact]
    public void Run_UserWithoutAnyAddress_IsReportedAsUnreachable()
    {
        var warnings = OnCallCheck.Run(BusinessHoursOnly(), Utc("2026-06-02T09:00Z"), Utc("2026-06-02T10:00Z"));

        Assert.Contains(warnings, w => w.Subject == "user dan");
        Assert.DoesNotContain(warnings, w => w.Subject == "user carol");
        Assert.DoesNotContain(warnings, w => w.Subject == "escalation policy pager");
    }
}
