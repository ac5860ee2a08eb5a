namespace Osprey.Core.Pipelines.Scheduling;

/// <summary>A cron expression in a time zone: finds the instants it fires, across daylight-saving changes and month ends.</summary>
/// <remarks>
/// Daylight-saving rules (those of classic cron):
/// a schedule with fixed hours fires once per matching wall-clock time, so a time skipped by a spring-forward gap fires
/// at the instant the gap ends, and a time repeated by a fall-back overlap fires only in its first pass;
/// a schedule whose hour field is a wildcard follows elapsed time, so skipped times do not fire and repeated times fire in both passes.
/// </remarks>
public sealed class CronSchedule(CronExpression expression, TimeZoneInfo zone)
{
    private static readonly TimeSpan[] LookBack =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(32),
        TimeSpan.FromDays(367), TimeSpan.FromDays(366 * 9), TimeSpan.FromDays(366 * 30),
    ];

    /// <summary>Gets the cron expression.</summary>
    public CronExpression Expression { get; } = expression;

    /// <summary>Gets the time zone whose wall clock the expression reads.</summary>
    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>Returns the first instant strictly after <paramref name="after"/> at which the schedule fires, or null when it never fires again.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        var next = ForwardSearch(after);
        if (Expression.FollowsElapsedTime && SecondPassOfOverlap(after) is { } repeated && (next is null || repeated < next))
        {
            next = repeated;
        }
        return next is null ? null : ToZone(next.Value);
    }

    /// <summary>Returns the last instant strictly before <paramref name="before"/> at which the schedule fires, or null when there is none within 30 years.</summary>
    public DateTimeOffset? PreviousBefore(DateTimeOffset before)
    {
        foreach (var window in LookBack)
        {
            var fire = NextAfter(before - window - TimeSpan.FromTicks(1));
            if (fire is null || fire >= before)
            {
                continue;
            }
            while (NextAfter(fire.Value) is { } later && later < before)
            {
                fire = later;
            }
            return fire;
        }
        return null;
    }

    /// <summary>Converts an instant to this schedule's zone (same instant, local offset).</summary>
    public DateTimeOffset ToZone(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private DateTimeOffset? ForwardSearch(DateTimeOffset after)
    {
        var cursor = ToZone(after).DateTime;
        for (var guard = 0; guard < 10_000; guard++)
        {
            if (Expression.NextLocal(cursor) is not { } local)
            {
                return null;
            }

            if (Zone.IsInvalidTime(local))
            {
                var gapEnd = GapEnd(local);
                if (!Expression.FollowsElapsedTime && gapEnd > after)
                {
                    return gapEnd;
                }
                cursor = ToZone(gapEnd).DateTime;
                continue;
            }

            if (Zone.IsAmbiguousTime(local))
            {
                var offsets = Zone.GetAmbiguousTimeOffsets(local);
                var (standard, daylight) = (offsets.Min(), offsets.Max());
                var first = new DateTimeOffset(local, daylight);
                var second = new DateTimeOffset(local, standard);
                if (first > after)
                {
                    return first;
                }
                if (ToZone(after).Offset != standard)
                {
                    // Still in the first pass: later wall-clock times of this overlap are still ahead.
                    cursor = local.AddSeconds(1);
                    continue;
                }
                if (Expression.FollowsElapsedTime && second > after)
                {
                    return second;
                }

                // Past the first pass and not firing in the second: resume where the repeated range ends.
                cursor = Expression.FollowsElapsedTime
                    ? local.AddSeconds(1)
                    : DateTime.SpecifyKind(Transition(first, second).UtcDateTime + daylight, DateTimeKind.Unspecified);
                continue;
            }

            var instant = new DateTimeOffset(local, Zone.GetUtcOffset(local));
            if (instant > after)
            {
                return instant;
            }
            cursor = local.AddSeconds(1);
        }
        return null;
    }

    private DateTimeOffset? SecondPassOfOverlap(DateTimeOffset after)
    {
        // While in the first pass of a repeated hour, the wall clock will come back: the earliest match in the
        // repeated range, taken in its second pass, may come before anything the forward search finds.
        if (!Zone.IsAmbiguousTime(after))
        {
            return null;
        }
        var offsets = Zone.GetAmbiguousTimeOffsets(after);
        var (standard, daylight) = (offsets.Min(), offsets.Max());
        if (ToZone(after).Offset != daylight)
        {
            return null;
        }

        var transition = Transition(after, after + (daylight - standard) + TimeSpan.FromSeconds(1));
        var overlapStart = transition.UtcDateTime + standard;
        if (Expression.NextLocal(DateTime.SpecifyKind(overlapStart, DateTimeKind.Unspecified)) is { } local && Zone.IsAmbiguousTime(local))
        {
            return new DateTimeOffset(local, standard);
        }
        return null;
    }

    private DateTimeOffset GapEnd(DateTime local)
    {
        var before = Zone.GetUtcOffset(local.AddDays(-1));
        var after = Zone.GetUtcOffset(local.AddDays(1));
        return Transition(new DateTimeOffset(local, after), new DateTimeOffset(local, before));
    }

    /// <summary>Finds, to the second, the first instant in (low, high] whose offset differs from <paramref name="low"/>'s.</summary>
    private DateTimeOffset Transition(DateTimeOffset low, DateTimeOffset high)
    {
        var offset = Zone.GetUtcOffset(low);
        var lo = low.UtcTicks - (low.UtcTicks % TimeSpan.TicksPerSecond);
        var hi = high.UtcTicks + ((TimeSpan.TicksPerSecond - (high.UtcTicks % TimeSpan.TicksPerSecond)) % TimeSpan.TicksPerSecond);
        while (hi - lo > TimeSpan.TicksPerSecond)
        {
            var mid = lo + ((hi - lo) / 2 / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond);
            if (Zone.GetUtcOffset(new DateTimeOffset(mid, TimeSpan.Zero)) == offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return new DateTimeOffset(hi, TimeSpan.Zero);
    }
}
