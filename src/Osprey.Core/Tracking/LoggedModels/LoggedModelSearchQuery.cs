using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>A validated search over the active logged models of some experiments.</summary>
/// <param name="Datasets">When not empty, metric comparisons consider only observations made on one of these data sets.</param>
/// <remarks>Stores order by <see cref="OrderBy"/>, then creation time descending, then model id, so pages are stable.</remarks>
public sealed record LoggedModelSearchQuery(
    IReadOnlyList<ExperimentId> ExperimentIds,
    FilterExpression? Filter,
    IReadOnlyList<LoggedModelDataset> Datasets,
    IReadOnlyList<LoggedModelOrder> OrderBy,
    int MaxResults,
    int Offset);
