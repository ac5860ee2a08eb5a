namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>The query of <c>GET logged-models/{model_id}</c>: with <c>allow_deleted=true</c> a deleted model is returned too.</summary>
public sealed record GetLoggedModelRequest(bool? AllowDeleted);
