using Osprey.Server.Contracts;

namespace Osprey.Server.Contracts.Registry;

/// <summary>The body of <c>model-versions/create</c>; with <see cref="ModelId"/> (MLflow 3) the version is made from that logged model and <see cref="Source"/> may be absent.</summary>
public sealed record CreateModelVersionRequest(string? Name, string? Source, string? RunId, IReadOnlyList<TagDto>? Tags, string? RunLink, string? Description, string? ModelId = null);
