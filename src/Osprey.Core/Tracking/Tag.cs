namespace Osprey.Core.Tracking;

/// <summary>A key/value tag on an experiment, run, model or version; last write wins.</summary>
public sealed record Tag(string Key, string Value);
