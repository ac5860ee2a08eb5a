using Osprey.Core.Alerting.Rules;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>The engine's working state for one monitor; every field is read and written under the engine's lock.</summary>
internal sealed class MonitorSlot(MonitorDefinition definition)
{
    public MonitorDefinition Definition { get; set; } = definition;

    /// <summary>Bumped on every change of definition, so queue entries made for an older one are dropped.</summary>
    public int Generation { get; set; }

    /// <summary>Whether an entry for the current generation sits in the queue (at most one does).</summary>
    public bool Queued { get; set; }

    public bool CheckRunning { get; set; }

    public IncidentGate Gate { get; } = new();

    public MonitorState State { get; set; } = MonitorState.Pending;

    public long? Since { get; set; }

    public long? LastCheckAt { get; set; }

    public string? LastCause { get; set; }

    public double? LastLatencyMs { get; set; }

    public long? LastPingAt { get; set; }

    public long? StartedAt { get; set; }

    /// <summary>When a heartbeat is next due to be declared down (Unix milliseconds), or null while it waits for its first ping.</summary>
    public long? Deadline { get; set; }

    public Dictionary<string, RuleInstance> Rules { get; } = new(StringComparer.Ordinal);

    /// <summary>The last of this monitor's side effects, so the next one runs after it (a resolve never overtakes its raise).</summary>
    public Task Effects { get; set; } = Task.CompletedTask;

    public MonitorStatus Status() =>
        new(Definition.Name, Definition.Paused ? MonitorState.Paused : State, Since, LastCheckAt, LastCause, LastPingAt, LastLatencyMs);
}
