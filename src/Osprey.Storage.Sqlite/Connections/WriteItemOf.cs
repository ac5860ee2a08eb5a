namespace Osprey.Storage.Sqlite.Connections;

/// <summary>A write item producing a result of type <typeparamref name="T"/>.</summary>
internal sealed class WriteItemOf<T>(Func<SqlSession, T> work, CancellationToken cancellation) : WriteItem
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;
    private bool _skipped;

    /// <summary>Gets the task the caller awaits.</summary>
    public Task<T> Task => _completion.Task;

    /// <inheritdoc/>
    public override bool IsCancelled => cancellation.IsCancellationRequested;

    /// <inheritdoc/>
    public override void Execute(SqlSession session)
    {
        if (IsCancelled)
        {
            _skipped = true;
            return;
        }
        try
        {
            _result = work(session);
        }
        catch (Exception ex)
        {
            Failure = ex;
            throw;
        }
    }

    /// <inheritdoc/>
    public override void Publish()
    {
        if (_skipped)
        {
            _completion.TrySetCanceled(cancellation);
        }
        else if (Failure is not null)
        {
            _completion.TrySetException(Failure);
        }
        else
        {
            _completion.TrySetResult(_result!);
        }
    }
}
