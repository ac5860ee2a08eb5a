namespace Osprey.Core.Alerting.OnCall;

/// <summary>Puts <paramref name="User"/> on call from <paramref name="From"/> (inclusive) to <paramref name="To"/> (exclusive), above every layer.</summary>
public sealed record ScheduleOverride(string User, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Returns whether the override covers an instant.</summary>
    public bool Covers(DateTimeOffset instant) => instant >= From && instant < To;
}
