namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>The body of <c>PATCH logged-models/{model_id}/tags</c>.</summary>
public sealed record SetLoggedModelTagsRequest(IReadOnlyList<TagDto>? Tags);
