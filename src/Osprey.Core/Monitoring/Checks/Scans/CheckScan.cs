namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary>A check bound to a table: it reads its blocks of rows during the pass, then states its result.</summary>
internal abstract class CheckScan(CheckSpec spec, string? column) : IScanPass
{
    public CheckSpec Spec => spec;

    public string? Column => column;

    public virtual void Observe(int start, int end)
    {
    }

    /// <summary>Returns the result once every block has been observed.</summary>
    public abstract CheckResult Finish(ScanContext context);

    /// <summary>The status for a missed main threshold: fail, or warn for <c>level: warn</c> checks.</summary>
    protected CheckStatus Missed => spec.Level == CheckLevel.Warn ? CheckStatus.Warn : CheckStatus.Fail;
}
