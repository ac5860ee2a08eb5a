namespace Osprey.Core.Data;

/// <summary>Row indices of the train, validation and test parts; each part is sorted ascending and the parts are disjoint.</summary>
public sealed record DataSplit(int[] Train, int[] Validation, int[] Test);
