namespace Osprey.Core.Alerting.OnCall;

/// <summary>A window of local time on some weekdays (all days when <paramref name="Days"/> is empty); <paramref name="To"/> at or before <paramref name="From"/> runs past midnight into the next day.</summary>
public sealed record TimeRestriction(IReadOnlySet<DayOfWeek> Days, TimeOnly From, TimeOnly To)
{
    /// <summary>Returns whether a local wall-clock time falls inside the window.</summary>
    public bool Contains(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        if (From < To)
        {
            return OnDay(local.DayOfWeek) && time >= From && time < To;
        }
        return (OnDay(local.DayOfWeek) && time >= From) || (OnDay(local.AddDays(-1).DayOfWeek) && time < To);
    }

    private bool OnDay(DayOfWeek day) => Days.Count == 0 || Days.Contains(day);
}
