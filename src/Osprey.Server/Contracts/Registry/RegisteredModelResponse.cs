namespace Osprey.Server.Contracts.Registry;

/// <summary>The answer of registered-model create, get, rename and update.</summary>
public sealed record RegisteredModelResponse(RegisteredModelDto RegisteredModel);
