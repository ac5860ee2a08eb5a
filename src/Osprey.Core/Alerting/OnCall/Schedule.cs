namespace Osprey.Core.Alerting.OnCall;

/// <summary>An on-call schedule: layers of rotations in a time zone (a later layer wins where it applies) with overrides on top.</summary>
public sealed record Schedule(string Name, TimeZoneInfo Zone, IReadOnlyList<ScheduleLayer> Layers, IReadOnlyList<ScheduleOverride> Overrides)
{
    /// <summary>The most shifts a timeline returns, so a one-hour rotation over years cannot exhaust memory.</summary>
    public const int MaxShifts = 20_000;

    /// <summary>Returns who is on call at an instant and why, or a shift with a null user when nobody is.</summary>
    public (string? User, string? Source) OnCallAt(DateTimeOffset instant)
    {
        for (var i = Overrides.Count - 1; i >= 0; i--)
        {
            if (Overrides[i].Covers(instant))
            {
                return (Overrides[i].User, "override");
            }
        }
        for (var i = Layers.Count - 1; i >= 0; i--)
        {
            if (Layers[i].UserAt(instant, Zone) is { } user)
            {
                return (user, Layers[i].Name);
            }
        }
        return (null, null);
    }

    /// <summary>Returns the shifts covering [<paramref name="from"/>, <paramref name="to"/>) in order, merged where the same person continues, with gaps as shifts without a user.</summary>
    public IReadOnlyList<Shift> Timeline(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return [];
        }
        var points = ScheduleBreakpoints.Between(this, from, to);
        var shifts = new List<Shift>();
        for (var i = 0; i < points.Count - 1 && shifts.Count < MaxShifts; i++)
        {
            var (user, source) = OnCallAt(points[i]);
            if (shifts.Count > 0 && shifts[^1].User == user && shifts[^1].Source == source)
            {
                shifts[^1] = shifts[^1] with { End = points[i + 1] };
            }
            else
            {
                shifts.Add(new Shift(user, points[i], points[i + 1], source));
            }
        }
        return shifts;
    }

    /// <summary>Returns the stretches of [<paramref name="from"/>, <paramref name="to"/>) when nobody is on call.</summary>
    public IReadOnlyList<Shift> Gaps(DateTimeOffset from, DateTimeOffset to) => Timeline(from, to).Where(s => s.User is null).ToList();
}
