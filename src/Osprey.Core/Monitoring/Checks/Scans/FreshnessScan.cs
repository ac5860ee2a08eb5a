using System.Globalization;
using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary><c>freshness</c>: the newest date of the column must be no older than max_age at the time the suite runs (dates without an offset count as UTC).</summary>
internal sealed class FreshnessScan(CheckSpec spec, DateTimeColumn column) : CheckScan(spec, column.Name)
{
    private long _newest = DateTimeColumn.MissingTicks;

    public override void Observe(int start, int end)
    {
        var ticks = column.Ticks;
        var newest = _newest;
        for (var row = start; row < end; row++)
        {
            // Missing dates are long.MinValue, so they never win.
            newest = Math.Max(newest, ticks[row]);
        }
        _newest = newest;
    }

    public override CheckResult Finish(ScanContext context)
    {
        if (_newest == DateTimeColumn.MissingTicks)
        {
            return new CheckResult(Spec.DisplayName, Spec.Kind, Missed, null, null, 0, 0, 0, [], "freshness is undefined: the column has no dates");
        }
        var newest = new DateTimeOffset(_newest, TimeSpan.Zero);
        var age = context.Now - newest;
        var status = age > Spec.MaxAge ? Missed : Spec.Warn?.MaxAge is { } warn && age > warn ? CheckStatus.Warn : CheckStatus.Pass;
        var when = newest.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var message = string.Create(CultureInfo.InvariantCulture,
            $"the newest value, {when}, is {Age(age)} old; the limit is {Age(Spec.MaxAge!.Value)}{(Spec.Warn?.MaxAge is { } w ? $" (warn after {Age(w)})" : "")}");
        return new CheckResult(Spec.DisplayName, Spec.Kind, status, Age(age), age.TotalSeconds, 0, 0, 0, [], message);
    }

    private static string Age(TimeSpan age) => age < TimeSpan.Zero ? $"-{Age(-age)}"
        : age.TotalDays >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{age.TotalDays:0.##}d")
        : age.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{age.TotalHours:0.##}h")
        : string.Create(CultureInfo.InvariantCulture, $"{age.TotalMinutes:0.##}m");
}
