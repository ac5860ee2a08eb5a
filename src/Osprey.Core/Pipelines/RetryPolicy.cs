namespace Osprey.Core.Pipelines;

/// <summary>How often a failed task is tried again and how long it waits before each new try.</summary>
/// <param name="Retries">Tries allowed after the first one fails (0 means no retry).</param>
/// <param name="Delay">The wait before the first retry.</param>
/// <param name="ExponentialBackoff">Whether the wait doubles after every failed try.</param>
/// <param name="MaxDelay">The ceiling no wait ever exceeds, jitter included.</param>
/// <param name="Jitter">The spread as a fraction of the wait: 0.1 draws each wait from ±10 % around it.</param>
public sealed record RetryPolicy(int Retries, TimeSpan Delay, bool ExponentialBackoff, TimeSpan MaxDelay, double Jitter)
{
    /// <summary>Airflow's defaults: no retries, 5 minutes between tries, no backoff, at most a day, no jitter.</summary>
    public static RetryPolicy Default { get; } = new(0, TimeSpan.FromMinutes(5), false, TimeSpan.FromDays(1), 0);

    /// <summary>Returns the wait after try <paramref name="failedTry"/> (1-based) failed, given a uniform random number in [0, 1).</summary>
    /// <remarks>The wait is <c>Delay × 2^(failedTry−1)</c> with backoff (else <c>Delay</c>), capped by <see cref="MaxDelay"/>,
    /// then moved by up to ±<see cref="Jitter"/> of itself and capped again, so it never exceeds <see cref="MaxDelay"/>.</remarks>
    public TimeSpan DelayAfter(int failedTry, double random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedTry, 1);
        var ticks = (double)Delay.Ticks;
        if (ExponentialBackoff)
        {
            // Doubling past 2^62 would overflow long ticks; the cap makes larger exponents moot anyway.
            ticks *= Math.Pow(2, Math.Min(failedTry - 1, 62));
        }
        ticks = Math.Min(ticks, MaxDelay.Ticks);
        ticks *= 1 + (Jitter * ((2 * Math.Clamp(random, 0, 1)) - 1));
        ticks = Math.Clamp(ticks, 0, MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)Math.Round(ticks));
    }
}
