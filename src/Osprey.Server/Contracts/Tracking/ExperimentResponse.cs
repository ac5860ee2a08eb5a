namespace Osprey.Server.Contracts.Tracking;

/// <summary>The answer of <c>experiments/get</c> and <c>experiments/get-by-name</c>.</summary>
public sealed record ExperimentResponse(ExperimentDto Experiment);
