using Osprey.Server.Contracts.Tracking;

namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>The body of <c>POST logged-models/{model_id}/params</c>.</summary>
public sealed record LogLoggedModelParamsRequest(string? ModelId, IReadOnlyList<ParamDto>? Params);
