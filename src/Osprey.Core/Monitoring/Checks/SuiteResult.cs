namespace Osprey.Core.Monitoring.Checks;

/// <summary>What a suite found on one table: each check's result, the worst status, and the data-quality score.</summary>
/// <param name="Suite">The suite's name.</param>
/// <param name="DataSet">The name of the data checked (by default the file name without extension).</param>
/// <param name="Rows">The number of data rows.</param>
/// <param name="Checks">Each check's result, in suite order.</param>
public sealed record SuiteResult(string Suite, string DataSet, long Rows, IReadOnlyList<CheckResult> Checks)
{
    /// <summary>Gets the worst status of any check (pass for an empty suite).</summary>
    public CheckStatus Status => Checks.Count == 0 ? CheckStatus.Pass : Checks.Max(c => c.Status);

    /// <summary>Gets how many checks passed.</summary>
    public int Passed => Checks.Count(c => c.Status == CheckStatus.Pass);

    /// <summary>Gets how many checks warned.</summary>
    public int Warned => Checks.Count(c => c.Status == CheckStatus.Warn);

    /// <summary>Gets how many checks failed.</summary>
    public int Failed => Checks.Count(c => c.Status == CheckStatus.Fail);

    /// <summary>Gets the data-quality score: the percent of checks that passed (warnings do not count as passed); 100 for an empty suite.</summary>
    public double Score => Checks.Count == 0 ? 100 : 100.0 * Passed / Checks.Count;
}
