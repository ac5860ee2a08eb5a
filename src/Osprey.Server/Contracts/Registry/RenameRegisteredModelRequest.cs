namespace Osprey.Server.Contracts.Registry;

/// <summary>The body of <c>registered-models/rename</c>.</summary>
public sealed record RenameRegisteredModelRequest(string? Name, string? NewName);
