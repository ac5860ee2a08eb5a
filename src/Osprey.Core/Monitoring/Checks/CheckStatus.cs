namespace Osprey.Core.Monitoring.Checks;

/// <summary>The outcome of one check, or of a suite (its worst check).</summary>
public enum CheckStatus
{
    /// <summary>Every threshold was met.</summary>
    Pass,
    /// <summary>A warn threshold was missed (or a <c>level: warn</c> check's main one).</summary>
    Warn,
    /// <summary>A fail threshold was missed.</summary>
    Fail,
}
