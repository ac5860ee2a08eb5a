using System.Text.Json;

namespace Osprey.Server.Pipelines.Contracts;

/// <summary><c>POST /api/osprey/pipelines/{name}/trigger</c>: parameter overrides.</summary>
public sealed record TriggerPipelineRequest(Dictionary<string, JsonElement>? Params);
