namespace Osprey.Core.Alerting.Escalation;

/// <summary>What an escalation step notifies: the current on-call of a schedule, one user, every member of a team, or a channel.</summary>
public enum TargetKind
{
    Schedule,
    User,
    Team,
    Channel,
}
