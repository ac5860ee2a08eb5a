namespace Osprey.Core.Alerting.Rules;

/// <summary>One series (label set) of a rule: its state, since when its condition has held, and its latest value.</summary>
public sealed class RuleInstance(string labelSet, IReadOnlyDictionary<string, string> labels)
{
    public string LabelSet { get; } = labelSet;

    public IReadOnlyDictionary<string, string> Labels { get; } = labels;

    public RuleState State { get; private set; } = RuleState.Inactive;

    public long? ActiveSince { get; private set; }

    public double? Value { get; private set; }

    /// <summary>Records one evaluation; returns the new state when it changed to <see cref="RuleState.Firing"/> or back to <see cref="RuleState.Inactive"/> from firing, otherwise null.</summary>
    public RuleState? Evaluate(double? value, bool holds, long now, TimeSpan holdFor)
    {
        Value = value;
        if (!holds)
        {
            var wasFiring = State == RuleState.Firing;
            State = RuleState.Inactive;
            ActiveSince = null;
            return wasFiring ? RuleState.Inactive : null;
        }
        ActiveSince ??= now;
        if (State == RuleState.Firing)
        {
            return null;
        }
        State = now - ActiveSince.Value >= (long)holdFor.TotalMilliseconds ? RuleState.Firing : RuleState.Pending;
        return State == RuleState.Firing ? RuleState.Firing : null;
    }
}
