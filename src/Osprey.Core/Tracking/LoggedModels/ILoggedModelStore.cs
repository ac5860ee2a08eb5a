namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>Persists logged models with their tags, params and linked metrics, and which models each run produced.</summary>
/// <remarks>An unknown model throws <see cref="ErrorCode.NotFound"/>; a write to a deleted model throws <see cref="ErrorCode.InvalidState"/>. Every write is one transaction.</remarks>
public interface ILoggedModelStore
{
    /// <summary>Inserts a model in the PENDING state; the experiment must exist and be active.</summary>
    Task<LoggedModel> CreateAsync(NewLoggedModel model, CancellationToken ct);

    /// <summary>Gets a model in any lifecycle stage with its tags, params and linked metrics.</summary>
    Task<LoggedModel> GetAsync(LoggedModelId id, CancellationToken ct);

    /// <summary>Sets the status and returns the updated model.</summary>
    Task<LoggedModel> FinalizeAsync(LoggedModelId id, LoggedModelStatus status, long now, CancellationToken ct);

    /// <summary>Soft-deletes a model; deleting it again throws <see cref="ErrorCode.InvalidState"/>.</summary>
    Task DeleteAsync(LoggedModelId id, long now, CancellationToken ct);

    /// <summary>Sets tags, last write wins.</summary>
    Task SetTagsAsync(LoggedModelId id, IReadOnlyList<Tag> tags, long now, CancellationToken ct);

    /// <summary>Deletes a tag; throws <see cref="ErrorCode.NotFound"/> when the model has no such tag.</summary>
    Task DeleteTagAsync(LoggedModelId id, string key, long now, CancellationToken ct);

    /// <summary>Writes params; re-logging a param with the same value is a no-op, with another value throws <see cref="ErrorCode.Conflict"/> and nothing is written.</summary>
    Task LogParamsAsync(LoggedModelId id, IReadOnlyList<Param> parameters, long now, CancellationToken ct);

    /// <summary>Links metric observations of a run to active models (an identical observation is kept once) and returns, once each, the observations the run's own history does not hold yet.</summary>
    Task<IReadOnlyList<Metric>> LinkMetricsAsync(RunId run, IReadOnlyList<LoggedModelMetric> metrics, CancellationToken ct);

    /// <summary>Returns the active models matching a query, fully loaded, in the query's order.</summary>
    Task<IReadOnlyList<LoggedModel>> SearchAsync(LoggedModelSearchQuery query, CancellationToken ct);

    /// <summary>Records that an active run produced active models (an output already recorded is kept once).</summary>
    Task LogOutputsAsync(RunId run, IReadOnlyList<ModelOutput> outputs, CancellationToken ct);

    /// <summary>Returns the models a run produced, by step then model id; throws <see cref="ErrorCode.NotFound"/> for an unknown run.</summary>
    Task<IReadOnlyList<ModelOutput>> GetRunOutputsAsync(RunId run, CancellationToken ct);
}
