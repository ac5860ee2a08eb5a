namespace Osprey.Core.Pipelines;

/// <summary>The retry and timeout settings shared by a pipeline's <c>default_args</c> and each task's overrides; unset values fall through.</summary>
public abstract class TaskSettingsBuilder<TSelf>
    where TSelf : TaskSettingsBuilder<TSelf>
{
    internal int? RetriesValue { get; private set; }

    internal TimeSpan? RetryDelayValue { get; private set; }

    internal bool? ExponentialBackoffValue { get; private set; }

    internal TimeSpan? MaxRetryDelayValue { get; private set; }

    internal double? JitterValue { get; private set; }

    internal TimeSpan? ExecutionTimeoutValue { get; private set; }

    /// <summary>Sets how many times a failed task is tried again (≥ 0).</summary>
    public TSelf Retries(int value) => Set(() => RetriesValue = value);

    /// <summary>Sets the wait before the first retry (≥ 0).</summary>
    public TSelf RetryDelay(TimeSpan value) => Set(() => RetryDelayValue = value);

    /// <summary>Sets whether the wait doubles after every failed try.</summary>
    public TSelf ExponentialBackoff(bool value = true) => Set(() => ExponentialBackoffValue = value);

    /// <summary>Sets the ceiling of any wait between tries (&gt; 0).</summary>
    public TSelf MaxRetryDelay(TimeSpan value) => Set(() => MaxRetryDelayValue = value);

    /// <summary>Sets the random spread of each wait as a fraction in [0, 1]: 0.1 means ±10 %.</summary>
    public TSelf Jitter(double value) => Set(() => JitterValue = value);

    /// <summary>Sets the longest one try may run before it is killed (&gt; 0).</summary>
    public TSelf ExecutionTimeout(TimeSpan value) => Set(() => ExecutionTimeoutValue = value);

    private TSelf Set(Action assign)
    {
        assign();
        return (TSelf)this;
    }
}
