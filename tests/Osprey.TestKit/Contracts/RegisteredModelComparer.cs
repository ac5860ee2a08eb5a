using Osprey.Core.Registry;

namespace Osprey.TestKit.Contracts;

/// <summary>Compares registered models by value, list members included (records compare lists by reference).</summary>
public sealed class RegisteredModelComparer : IEqualityComparer<RegisteredModel>
{
    public bool Equals(RegisteredModel? x, RegisteredModel? y) =>
        x is not null && y is not null &&
        (x.Name, x.CreationTimestamp, x.LastUpdatedTimestamp, x.Description) == (y.Name, y.CreationTimestamp, y.LastUpdatedTimestamp, y.Description) &&
        x.Tags.SequenceEqual(y.Tags) && x.Aliases.SequenceEqual(y.Aliases) &&
        x.LatestVersions.Select(v => (v.Version, v.CurrentStage)).SequenceEqual(y.LatestVersions.Select(v => (v.Version, v.CurrentStage)));

    public int GetHashCode(RegisteredModel obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
}
