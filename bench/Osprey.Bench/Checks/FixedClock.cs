namespace Osprey.Bench.Checks;

/// <summary>A clock stopped at one instant, so freshness results do not depend on the day the benchmark runs.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
