using Osprey.Core.Alerting.Heartbeats;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>Heartbeats: pings move the deadline, a passed deadline or an explicit failure opens an incident, the next success resolves it.</summary>
public sealed partial class UptimeEngine
{
    /// <summary>Records a ping for the heartbeat with this token; returns the heartbeat's name, or null when no heartbeat has the token.</summary>
    public async Task<string?> PingAsync(string token, PingKind kind, CancellationToken ct)
    {
        PingRecord ping;
        lock (_gate)
        {
            if (!_byToken.TryGetValue(token, out var slot))
            {
                return null;
            }
            ping = Ping(slot, kind, Now());
        }
        await store.RecordPingAsync(ping, ct);
        return ping.Monitor;
    }

    // Must hold _gate.
    private PingRecord Ping(MonitorSlot slot, PingKind kind, long now)
    {
        var definition = slot.Definition;
        var heartbeat = definition.Heartbeat!;
        long? duration = null;
        slot.LastPingAt = now;
        switch (kind)
        {
            case PingKind.Start:
                slot.StartedAt = now;
                break;
            case PingKind.Fail:
                slot.StartedAt = null;
                if (!definition.Paused && slot.State != MonitorState.Down)
                {
                    SetState(slot, MonitorState.Down, now);
                    slot.LastCause = "the job reported a failure";
                    OpenIncident(slot, now, slot.LastCause);
                }
                break;
            default:
                duration = slot.StartedAt is { } started ? now - started : null;
                slot.StartedAt = null;
                slot.Deadline = now + (long)heartbeat.Deadline.TotalMilliseconds;
                var before = slot.State;
                if (!definition.Paused)
                {
                    SetState(slot, MonitorState.Up, now);
                    if (before == MonitorState.Down)
                    {
                        ResolveIncident(slot, now, "a ping arrived");
                    }
                    else if (before != MonitorState.Up)
                    {
                        SaveStatus(slot);
                    }
                    Arm(slot, now);
                }
                break;
        }
        return new PingRecord(definition.Name, now, kind, duration);
    }

    // Must hold _gate. A heartbeat is queued at its deadline once it has one and is up.
    private static long? HeartbeatDue(MonitorSlot slot, long now) =>
        slot.State == MonitorState.Up && slot.Deadline is { } deadline ? deadline : null;

    // Must hold _gate.
    private void HeartbeatDueNow(MonitorSlot slot, long now)
    {
        var definition = slot.Definition;
        if (slot.State != MonitorState.Up || slot.Deadline is not { } deadline)
        {
            return;
        }
        if (deadline > now)
        {
            // A ping moved the deadline after this entry was queued.
            Push(slot, deadline);
            return;
        }
        if (definition.MaintenanceEnd(now) is { } end)
        {
            // No incident during maintenance; after it the job gets one full period (plus grace) to ping.
            slot.Deadline = end + (long)definition.Heartbeat!.Deadline.TotalMilliseconds;
            Push(slot, slot.Deadline.Value);
            return;
        }
        SetState(slot, MonitorState.Down, now);
        var overdue = Pipelines.DurationText.Format(definition.Heartbeat!.Deadline);
        slot.LastCause = $"no ping for {overdue} (period + grace)";
        OpenIncident(slot, now, slot.LastCause);
    }

    // Must hold _gate.
    private static void SetState(MonitorSlot slot, MonitorState state, long now)
    {
        if (slot.State != state)
        {
            slot.State = state;
            slot.Since = now;
        }
    }
}
