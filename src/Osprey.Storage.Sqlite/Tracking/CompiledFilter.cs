namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>A run filter compiled in both <see cref="Search.FilterStyle"/>s: the same meaning, for different plans.</summary>
internal sealed record CompiledFilter(string Correlated, string Membership);
