using Osprey.Server.Contracts;

namespace Osprey.Server.Contracts.Registry;

/// <summary>The body of <c>registered-models/create</c>.</summary>
public sealed record CreateRegisteredModelRequest(string? Name, IReadOnlyList<TagDto>? Tags, string? Description);
