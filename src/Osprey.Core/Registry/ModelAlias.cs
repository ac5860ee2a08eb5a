namespace Osprey.Core.Registry;

/// <summary>A named pointer (such as <c>champion</c>) from a registered model to one of its versions.</summary>
public sealed record ModelAlias(string Alias, int Version);
