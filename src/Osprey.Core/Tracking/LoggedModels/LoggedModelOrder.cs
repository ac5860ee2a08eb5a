using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>A validated sort key; <see cref="Dataset"/> restricts a metric key to the observations made on one data set.</summary>
public sealed record LoggedModelOrder(OrderByClause Clause, LoggedModelDataset? Dataset = null);
