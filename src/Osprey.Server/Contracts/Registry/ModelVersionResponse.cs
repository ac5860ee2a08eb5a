namespace Osprey.Server.Contracts.Registry;

/// <summary>The answer of model-version create, get, update, transition and get-by-alias.</summary>
public sealed record ModelVersionResponse(ModelVersionDto ModelVersion);
