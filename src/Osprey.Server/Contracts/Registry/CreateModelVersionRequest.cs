using Osprey.Server.Contracts;

namespace Osprey.Server.Contracts.Registry;

/// <summary>The body of <c>model-versions/create</c>.</summary>
public sealed record CreateModelVersionRequest(string? Name, string? Source, string? RunId, IReadOnlyList<TagDto>? Tags, string? RunLink, string? Description);
