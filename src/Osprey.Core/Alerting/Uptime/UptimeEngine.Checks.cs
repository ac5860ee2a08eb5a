namespace Osprey.Core.Alerting.Uptime;

/// <summary>HTTP and TCP checks: run the probe, feed the result through the confirmation and recovery gate, and schedule the next check.</summary>
public sealed partial class UptimeEngine
{
    private async Task CheckAsync(MonitorSlot slot, int generation, long startedAt, CancellationToken ct)
    {
        var definition = slot.Definition;
        CheckOutcome outcome;
        try
        {
            outcome = await probes.For(definition.Kind).CheckAsync(definition, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            outcome = CheckOutcome.Fail($"the check could not run: {e.Message}", 0);
        }
        var now = Now();
        _samples.Enqueue(new CheckSample(definition.Name, now, outcome.Up, outcome.LatencyMs));
        lock (_gate)
        {
            slot.CheckRunning = false;
            if (!_slots.TryGetValue(definition.Name, out var current) || current != slot)
            {
                return;
            }
            if (generation != slot.Generation)
            {
                // The definition changed while this check ran; its result says nothing about the new one.
                Arm(slot, now);
                return;
            }
            Observe(slot, outcome, now);
            if (!definition.Paused)
            {
                slot.Queued = true;
                Push(slot, Math.Max(startedAt + (long)definition.Interval.TotalMilliseconds, now));
            }
        }
    }

    // Must hold _gate.
    private void Observe(MonitorSlot slot, CheckOutcome outcome, long now)
    {
        var definition = slot.Definition;
        slot.LastCheckAt = now;
        slot.LastLatencyMs = outcome.LatencyMs;
        if (!outcome.Up)
        {
            slot.LastCause = outcome.Cause;
        }
        var change = slot.Gate.Observe(outcome.Up, now, definition.ConfirmationPeriod, definition.RecoveryPeriod, definition.InMaintenance(now));
        var before = slot.State;
        slot.State = slot.Gate.State;
        if (before != slot.State)
        {
            slot.Since = now;
        }
        switch (change)
        {
            case GateChange.Opened:
                OpenIncident(slot, now, outcome.Cause ?? "the check failed");
                break;
            case GateChange.Resolved:
                ResolveIncident(slot, now, "the check passes again");
                break;
            default:
                if (before != slot.State)
                {
                    SaveStatus(slot);
                }
                break;
        }
    }
}
