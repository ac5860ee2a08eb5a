namespace Osprey.Storage.Sqlite.Connections;

/// <summary>One caller's unit of work for the writer loop: run inside a savepoint, acknowledged after the commit.</summary>
internal abstract class WriteItem
{
    /// <summary>Gets whether the caller gave up before the item ran.</summary>
    public abstract bool IsCancelled { get; }

    /// <summary>Gets the failure recorded for this item, if any.</summary>
    public Exception? Failure { get; protected set; }

    /// <summary>Runs the work on the writer's session; a throw is recorded as this item's failure.</summary>
    public abstract void Execute(SqlSession session);

    /// <summary>Records a failure unless one is already recorded (a commit failure fails every item).</summary>
    public void FailIfPending(Exception failure) => Failure ??= failure;

    /// <summary>Completes the caller's task with the result, the failure or the cancellation.</summary>
    public abstract void Publish();
}
