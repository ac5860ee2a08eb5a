namespace Osprey.Core.Alerting.Notifications;

/// <summary>Bounded exponential backoff for deliveries: attempt n waits <c>min(First × 2^(n−1), Longest)</c>; after <paramref name="MaxAttempts"/> the delivery fails for good.</summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan First, TimeSpan Longest)
{
    /// <summary>Gets the default: 6 attempts, 30 s doubling up to 10 min (about 25 minutes in all).</summary>
    public static RetryPolicy Default { get; } = new(6, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10));

    /// <summary>Returns the wait after failed attempt <paramref name="attempt"/> (1-based), or null when no attempt is left.</summary>
    public TimeSpan? DelayAfter(int attempt)
    {
        if (attempt >= MaxAttempts)
        {
            return null;
        }
        var factor = Math.Pow(2, Math.Min(attempt - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(First.Ticks * factor, Longest.Ticks));
        return delay;
    }
}
