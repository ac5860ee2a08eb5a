namespace Osprey.Core.Alerting.Escalation;

/// <summary>Where one alert is in its escalation policy, stored so a restart resumes it: the next step, when it is due, and whether it has been requested.</summary>
/// <param name="AlertId">The alert.</param>
/// <param name="Policy">The escalation policy routing chose.</param>
/// <param name="Round">0 for the first pass through the steps, then 1, 2, … for repeats.</param>
/// <param name="Step">The index of the next step to fire.</param>
/// <param name="DueAt">When the next step fires (Unix milliseconds).</param>
/// <param name="Requested">True once the step's Escalated event has been asked for and not yet seen in the feed (a restart then checks the feed before asking again).</param>
/// <param name="Status">Whether it still pages.</param>
public sealed record EscalationState(string AlertId, string Policy, int Round, int Step, long DueAt, bool Requested, EscalationStatus Status)
{
    /// <summary>Gets the marker written into the Escalated event's note, which ties the event back to this step.</summary>
    public string Token => EscalationToken.Format(Round, Step);
}
