namespace Osprey.Core.Monitoring.Drift;

/// <summary>What a drift check compares and where it writes: exactly one reference (a CSV or profile JSON file, or a model's training data)
/// and exactly one current side (a CSV file, or a served model's predictions over a window ending now).</summary>
/// <param name="ReferencePath">A CSV file, or a <c>.json</c> data profile written earlier.</param>
/// <param name="ReferenceModel">A model URI such as <c>models:/churn@champion</c> whose training data is the reference.</param>
/// <param name="CurrentModel">A served model's name whose prediction log is the current data.</param>
public sealed record DriftRequest(string? ReferencePath, string? ReferenceModel, string? CurrentPath, string? CurrentModel, TimeSpan? Window, DriftOptions Options)
{
    /// <summary>Gets where to write the HTML report, if anywhere.</summary>
    public string? ReportPath { get; init; }

    /// <summary>Gets where to write the JSON result, if anywhere.</summary>
    public string? JsonPath { get; init; }

    /// <summary>Gets where to write the reference profile (JSON) for reuse, if anywhere.</summary>
    public string? ProfilePath { get; init; }

    /// <summary>Gets the label the time-series samples carry as <c>model</c> (default: the current model or file name).</summary>
    public string? Subject { get; init; }
}
