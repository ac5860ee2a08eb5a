using System.Text.Json;

namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>The body of <c>PATCH logged-models/{model_id}</c>; <see cref="Status"/> is a status name (LOGGED_MODEL_READY) or its number (2).</summary>
public sealed record FinalizeLoggedModelRequest(string? ModelId, JsonElement? Status);
