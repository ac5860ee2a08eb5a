namespace Osprey.Server.Contracts;

/// <summary>A key/value tag of an experiment, run, data set input, registered model or model version.</summary>
public sealed record TagDto(string Key, string Value);
