namespace Osprey.Server.Contracts.Registry;

/// <summary>The body of <c>model-versions/set-tag</c> and <c>model-versions/delete-tag</c>.</summary>
public sealed record ModelVersionTagRequest(string? Name, string? Version, string? Key, string? Value);
