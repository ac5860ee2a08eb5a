namespace Osprey.Core.Alerting.Configuration;

/// <summary>The kinds of on-call definition; each is a top-level section of an <c>alerting/*.yaml</c> file.</summary>
public enum DefinitionKind
{
    User,
    Team,
    Schedule,
    EscalationPolicy,
    Route,
    Channel,
    QuietHours,
}
