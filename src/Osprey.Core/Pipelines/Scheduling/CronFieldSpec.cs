namespace Osprey.Core.Pipelines.Scheduling;

/// <summary>The bounds and spelling of one cron field, used while parsing.</summary>
internal sealed record CronFieldSpec(string Name, int Min, int Max, IReadOnlyList<string>? Names = null, bool AllowsQuestionMark = false, bool AllowsLast = false)
{
    public static CronFieldSpec Second { get; } = new("second", 0, 59);

    public static CronFieldSpec Minute { get; } = new("minute", 0, 59);

    public static CronFieldSpec Hour { get; } = new("hour", 0, 23);

    public static CronFieldSpec DayOfMonth { get; } = new("day-of-month", 1, 31, AllowsQuestionMark: true, AllowsLast: true);

    public static CronFieldSpec Month { get; } = new("month", 1, 12,
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]);

    // 7 is accepted as a second spelling of Sunday, as in most crons; the parser folds it onto 0.
    public static CronFieldSpec DayOfWeek { get; } = new("day-of-week", 0, 7,
        ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"], AllowsQuestionMark: true);

    /// <summary>Maps a name such as <c>MON</c> (any case) to its number, or returns -1.</summary>
    public int ValueOfName(string text)
    {
        if (Names is null)
        {
            return -1;
        }
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                // Months are numbered from 1, days of the week from 0 (Sunday).
                return i + (Min == 1 ? 1 : 0);
            }
        }
        return -1;
    }
}
