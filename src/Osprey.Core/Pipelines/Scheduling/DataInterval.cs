namespace Osprey.Core.Pipelines.Scheduling;

/// <summary>The span of time a run covers, [<see cref="Start"/>, <see cref="End"/>); a scheduled run fires at <see cref="End"/> and its logical date is <see cref="Start"/>.</summary>
public readonly record struct DataInterval(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Gets the length of the interval.</summary>
    public TimeSpan Length => End - Start;

    public override string ToString() => $"[{Start:O}, {End:O})";
}
