namespace Osprey.Core.Pipelines.Runs;

/// <summary>What a trigger rule says about a task given its parents' states.</summary>
public enum TriggerDecision
{
    /// <summary>Not decided yet: wait for more parents to finish.</summary>
    Wait,
    /// <summary>The rule is met: the task may run.</summary>
    Run,
    /// <summary>The rule can no longer be met in a way that calls for skipping the task.</summary>
    Skip,
    /// <summary>The rule can no longer be met because of failures upstream.</summary>
    UpstreamFailed,
}
