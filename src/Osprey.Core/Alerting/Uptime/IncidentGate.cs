namespace Osprey.Core.Alerting.Uptime;

/// <summary>Turns a stream of check results into incidents: failures must last the confirmation period before one opens, successes the recovery period before it resolves.</summary>
public sealed class IncidentGate
{
    /// <summary>Gets whether the monitor is pending (no result yet), up or down.</summary>
    public MonitorState State { get; private set; } = MonitorState.Pending;

    /// <summary>Gets when the current run of failures began (Unix milliseconds), while not yet confirmed.</summary>
    public long? FailingSince { get; private set; }

    /// <summary>Gets when the current run of successes began while an incident is open.</summary>
    public long? RecoveringSince { get; private set; }

    /// <summary>Starts from a stored state (after a restart), so an open incident is not forgotten.</summary>
    public void Restore(MonitorState state) => State = state is MonitorState.Down ? MonitorState.Down : state is MonitorState.Up ? MonitorState.Up : MonitorState.Pending;

    /// <summary>Records one result at <paramref name="now"/>; returns <see cref="GateChange.Opened"/> or <see cref="GateChange.Resolved"/> when an incident starts or ends.</summary>
    /// <param name="maintenance">True inside a maintenance window: failures then start no confirmation.</param>
    public GateChange Observe(bool up, long now, TimeSpan confirmation, TimeSpan recovery, bool maintenance)
    {
        if (up)
        {
            FailingSince = null;
            if (State != MonitorState.Down)
            {
                State = MonitorState.Up;
                return GateChange.None;
            }
            RecoveringSince ??= now;
            if (now - RecoveringSince.Value < (long)recovery.TotalMilliseconds)
            {
                return GateChange.None;
            }
            RecoveringSince = null;
            State = MonitorState.Up;
            return GateChange.Resolved;
        }
        RecoveringSince = null;
        if (State == MonitorState.Down || maintenance)
        {
            FailingSince = null;
            return GateChange.None;
        }
        FailingSince ??= now;
        if (now - FailingSince.Value < (long)confirmation.TotalMilliseconds)
        {
            return GateChange.None;
        }
        FailingSince = null;
        State = MonitorState.Down;
        return GateChange.Opened;
    }
}
