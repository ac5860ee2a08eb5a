namespace Osprey.Server.Contracts.Registry;

/// <summary>The body of <c>registered-models/set-tag</c> and <c>registered-models/delete-tag</c>.</summary>
public sealed record RegisteredModelTagRequest(string? Name, string? Key, string? Value);
