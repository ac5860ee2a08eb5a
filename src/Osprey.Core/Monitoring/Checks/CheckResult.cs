namespace Osprey.Core.Monitoring.Checks;

/// <summary>What one check found.</summary>
/// <param name="Name">The check's display name, such as <c>not_null(TotalCharges)</c>.</param>
/// <param name="Kind">The kind of check.</param>
/// <param name="Status">Pass, warn or fail.</param>
/// <param name="Observed">The measured value as text: a statistic, a row count, the passing fraction, or what the schema lacks; null when nothing could be measured.</param>
/// <param name="ObservedValue">The measured number, when there is one.</param>
/// <param name="Evaluated">For row checks, how many rows were tested (missing values are skipped except by not_null); for others 0.</param>
/// <param name="UnexpectedCount">For row checks, how many tested rows failed.</param>
/// <param name="UnexpectedPercent">For row checks, the failed rows as a percent of the tested ones (0 when none were tested).</param>
/// <param name="Examples">Up to 20 failing rows, in row order.</param>
/// <param name="Message">One readable sentence saying what was found.</param>
public sealed record CheckResult(
    string Name, CheckKind Kind, CheckStatus Status, string? Observed, double? ObservedValue,
    long Evaluated, long UnexpectedCount, double UnexpectedPercent, IReadOnlyList<FailingRow> Examples, string Message)
{
    /// <summary>The most failing rows a result keeps as examples.</summary>
    public const int MaxExamples = 20;
}
