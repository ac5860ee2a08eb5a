namespace Osprey.Storage.Sqlite.Registry;

/// <summary>A registered model's surrogate key and current name.</summary>
internal sealed record ModelKey(long Pk, string Name);
