namespace Osprey.Cli.Demo;

/// <summary>What one demo round did, for the summary and for scripts reading <c>--json</c>.</summary>
/// <param name="PreviousChampion">The version <c>@champion</c> pointed at before this round, or null on the first round.</param>
/// <param name="PreviousRunId">The run of the previous round, or null on the first round.</param>
internal sealed record DemoResult(
    string ExperimentId,
    string ExperimentName,
    int Round,
    string RunId,
    string RunName,
    IReadOnlyDictionary<string, string> Params,
    double FinalLoss,
    double Accuracy,
    string ArtifactPath,
    string ModelName,
    int Version,
    string Source,
    int? PreviousChampion,
    string? PreviousRunId);
