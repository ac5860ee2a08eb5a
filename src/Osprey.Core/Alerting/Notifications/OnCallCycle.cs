using Osprey.Core.Alerting.Escalation;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>One turn of the on-call loop, in the order that keeps it exactly-once: drain the feed, fire due steps, drain again (so fired steps notify now), then send.</summary>
public sealed class OnCallCycle(EscalationEngine escalation, NotificationDispatcher dispatcher)
{
    /// <summary>Runs one turn; returns the number of deliveries attempted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await escalation.DrainAsync(ct);
        if (await escalation.EscalateDueAsync(ct) > 0)
        {
            await escalation.DrainAsync(ct);
        }
        return await dispatcher.DispatchAsync(ct);
    }
}
