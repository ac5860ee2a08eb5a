using Osprey.Server.Contracts;

namespace Osprey.Server.Contracts.Tracking;

/// <summary>A data set used by a run, with its input tags.</summary>
public sealed record DatasetInputDto(IReadOnlyList<TagDto>? Tags, DatasetDto Dataset);
