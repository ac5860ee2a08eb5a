namespace Osprey.Core.Tracking;

/// <summary>A data set used by a run, with input tags such as <c>mlflow.data.context</c> = training.</summary>
public sealed record DatasetInput(Dataset Dataset, IReadOnlyList<Tag> Tags);
