namespace Osprey.Core.Serving.Predictions;

/// <summary>Where served predictions and their later ground truth are kept for monitoring; written in batches, never on the request path.</summary>
public interface IPredictionLogStore
{
    /// <summary>Appends a batch of predictions in one transaction; a row whose request id, row and role are already logged (a client retrying with its own id) is ignored.</summary>
    /// <remarks>The batch is reused by its writer once the returned task completes, so the store must not keep it.</remarks>
    Task AppendAsync(PredictionBatch batch, CancellationToken ct);

    /// <summary>Records (or replaces) the ground truth of a request row; returns whether that prediction is already logged.</summary>
    Task<bool> RecordGroundTruthAsync(GroundTruth truth, CancellationToken ct);

    /// <summary>Reads logged predictions with their ground truth in the log's reading order (see <see cref="PredictionLogQuery"/>), each with its position for the next page.</summary>
    Task<IReadOnlyList<LoggedPrediction>> ReadAsync(PredictionLogQuery query, CancellationToken ct);

    /// <summary>Deletes predictions logged before a time (a stored batch goes once all its rows are older) and ground truth recorded before it; returns how many predictions went.</summary>
    Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct);
}
