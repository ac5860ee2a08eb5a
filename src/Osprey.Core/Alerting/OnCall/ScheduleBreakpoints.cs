namespace Osprey.Core.Alerting.OnCall;

/// <summary>Every instant in a range at which a schedule's answer can change: hand-offs, layer starts and ends, restriction edges and override edges.</summary>
internal static class ScheduleBreakpoints
{
    public static List<DateTimeOffset> Between(Schedule schedule, DateTimeOffset from, DateTimeOffset to)
    {
        var points = new SortedSet<DateTimeOffset> { from, to };
        void Add(DateTimeOffset instant)
        {
            if (instant > from && instant < to)
            {
                points.Add(instant);
            }
        }
        foreach (var layer in schedule.Layers)
        {
            AddLayer(layer, schedule.Zone, from, to, Add);
        }
        foreach (var o in schedule.Overrides)
        {
            Add(o.From);
            Add(o.To);
        }
        return [.. points];
    }

    private static void AddLayer(ScheduleLayer layer, TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to, Action<DateTimeOffset> add)
    {
        add(WallClock.Instant(layer.Start, zone));
        if (layer.End is { } end)
        {
            add(WallClock.Instant(end, zone));
        }
        var turn = Math.Max(0, layer.TurnAt(from, zone));
        for (var n = 0; n < Schedule.MaxShifts; n++, turn++)
        {
            var handOff = layer.HandOff(turn, zone);
            if (handOff >= to)
            {
                break;
            }
            add(handOff);
        }
        var firstDay = WallClock.Local(from, zone).Date.AddDays(-1);
        var lastDay = WallClock.Local(to, zone).Date.AddDays(1);
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            foreach (var restriction in layer.Restrictions)
            {
                add(WallClock.Instant(day + restriction.From.ToTimeSpan(), zone));
                add(WallClock.Instant(day + restriction.To.ToTimeSpan(), zone));
            }
        }
    }
}
