namespace Osprey.Core.Pipelines.Scheduling;

/// <summary>The parsed fields of a cron expression as bit sets (bit n set means value n matches).</summary>
/// <param name="DayOfMonthStar">The day-of-month field starts with <c>*</c> or <c>?</c>; with cron's rule, days then match when both day fields match, otherwise when either does.</param>
/// <param name="HourStar">The hour field starts with <c>*</c>: the schedule follows elapsed time across daylight-saving changes instead of the wall clock.</param>
internal readonly record struct CronFields(
    ulong Seconds,
    ulong Minutes,
    ulong Hours,
    ulong Days,
    bool LastDayOfMonth,
    ulong Months,
    ulong DaysOfWeek,
    bool DayOfMonthStar,
    bool DayOfWeekStar,
    bool HourStar);
