namespace Osprey.Core.Monitoring.Checks;

/// <summary>How serious it is when a check's main thresholds are not met.</summary>
public enum CheckLevel
{
    /// <summary>The check fails (the default): <c>osprey check</c> exits non-zero and a <c>validate</c> task fails.</summary>
    Fail,
    /// <summary>The check only warns: it is reported, and lowers the quality score, but fails nothing.</summary>
    Warn,
}
