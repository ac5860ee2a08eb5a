using System.Globalization;

namespace Osprey.Core.Pipelines;

/// <summary>Checks retry and timeout settings and resolves a task's effective values: task over <c>default_args</c> over Airflow's defaults.</summary>
internal static class TaskSettingsRules
{
    public static void Check<T>(TaskSettingsBuilder<T> settings, string prefix, List<PipelineProblem> problems)
        where T : TaskSettingsBuilder<T>
    {
        if (settings.RetriesValue is < 0 and var retries)
        {
            problems.Add(new($"{prefix}.retries", $"{prefix}.retries must be a whole number ≥ 0, got {retries}"));
        }
        if (settings.RetryDelayValue is { } delay && delay < TimeSpan.Zero)
        {
            problems.Add(new($"{prefix}.retry_delay", $"{prefix}.retry_delay must not be negative"));
        }
        CheckPositive(settings.MaxRetryDelayValue, $"{prefix}.max_retry_delay", problems);
        CheckPositive(settings.ExecutionTimeoutValue, $"{prefix}.execution_timeout", problems);
        if (settings.JitterValue is { } jitter && !(jitter is >= 0 and <= 1))
        {
            problems.Add(new($"{prefix}.jitter", $"{prefix}.jitter must be a fraction between 0 and 1 (0.1 spreads waits by ±10 %), got {jitter.ToString(CultureInfo.InvariantCulture)}"));
        }
    }

    public static void CheckPositive(TimeSpan? value, string field, List<PipelineProblem> problems)
    {
        if (value is { } span && span <= TimeSpan.Zero)
        {
            problems.Add(new(field, $"{field} must be longer than zero, got {DurationText.Format(span)}"));
        }
    }

    public static RetryPolicy Retry(TaskDefaultsBuilder defaults, TaskBuilder task)
    {
        var fallback = RetryPolicy.Default;
        return new RetryPolicy(
            task.RetriesValue ?? defaults.RetriesValue ?? fallback.Retries,
            task.RetryDelayValue ?? defaults.RetryDelayValue ?? fallback.Delay,
            task.ExponentialBackoffValue ?? defaults.ExponentialBackoffValue ?? fallback.ExponentialBackoff,
            task.MaxRetryDelayValue ?? defaults.MaxRetryDelayValue ?? fallback.MaxDelay,
            task.JitterValue ?? defaults.JitterValue ?? fallback.Jitter);
    }

    public static TimeSpan? ExecutionTimeout(TaskDefaultsBuilder defaults, TaskBuilder task) =>
        task.ExecutionTimeoutValue ?? defaults.ExecutionTimeoutValue;
}
