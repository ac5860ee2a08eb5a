namespace Osprey.Core.Alerting.OnCall;

/// <summary>One rotation: <paramref name="Users"/> take turns of <paramref name="Length"/> (measured on the wall clock, so hand-offs keep their local time across daylight-saving changes) starting at the local time <paramref name="Start"/>.</summary>
/// <param name="Name">The layer's name, shown as the source of its shifts.</param>
/// <param name="Start">The first hand-off, as a wall-clock time in the schedule's zone; its time of day is the hand-off time.</param>
/// <param name="Length">How long each turn lasts: a day for daily, a week for weekly, anything positive for custom.</param>
/// <param name="Users">Who takes turns, in order.</param>
/// <param name="Restrictions">When the layer applies (outside every window it leaves the time to lower layers); empty means always.</param>
/// <param name="End">When the layer stops applying, or null for never.</param>
public sealed record ScheduleLayer(
    string Name,
    DateTime Start,
    TimeSpan Length,
    IReadOnlyList<string> Users,
    IReadOnlyList<TimeRestriction> Restrictions,
    DateTime? End = null)
{
    /// <summary>Returns the instant turn <paramref name="index"/> starts (turn 0 starts at <see cref="Start"/>).</summary>
    public DateTimeOffset HandOff(long index, TimeZoneInfo zone) => WallClock.Instant(Start.AddTicks(Length.Ticks * index), zone);

    /// <summary>Returns the index of the turn in force at an instant (negative before the first hand-off).</summary>
    public long TurnAt(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = WallClock.Local(instant, zone);
        var index = (long)Math.Floor((local - Start).Ticks / (double)Length.Ticks);
        // The wall-clock estimate can be one turn off next to a daylight-saving change; settle it against real instants.
        while (HandOff(index, zone) > instant)
        {
            index--;
        }
        while (HandOff(index + 1, zone) <= instant)
        {
            index++;
        }
        return index;
    }

    /// <summary>Returns who this layer puts on call at an instant, or null when it does not apply then.</summary>
    public string? UserAt(DateTimeOffset instant, TimeZoneInfo zone)
    {
        if (Users.Count == 0 || instant < WallClock.Instant(Start, zone) || (End is { } end && instant >= WallClock.Instant(end, zone)))
        {
            return null;
        }
        if (Restrictions.Count > 0)
        {
            var local = WallClock.Local(instant, zone);
            if (!Restrictions.Any(r => r.Contains(local)))
            {
                return null;
            }
        }
        var turn = TurnAt(instant, zone);
        return Users[(int)(turn % Users.Count)];
    }
}
