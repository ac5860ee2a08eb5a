namespace Osprey.Core.Tracking.Search;

/// <summary>A validated search over experiments, registered models or model versions.</summary>
/// <remarks>Attribute keys are the entity's canonical attribute names (for experiments: name, creation_time, last_update_time; for models: name, creation_timestamp, last_updated_timestamp; for versions: name, version_number, run_id, source, creation_timestamp, current_stage).</remarks>
public sealed record SearchQuery(
    FilterExpression? Filter,
    IReadOnlyList<OrderByClause> OrderBy,
    ViewType ViewType,
    int MaxResults,
    int Offset);
