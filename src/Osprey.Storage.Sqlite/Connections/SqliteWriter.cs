using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Osprey.Core;

namespace Osprey.Storage.Sqlite.Connections;

/// <summary>The single writer of a workspace database: a queue of write items applied by one loop with group commit.</summary>
/// <remarks>
/// The loop takes every queued item (up to <see cref="MaxGroup"/>), runs them in one transaction, each inside
/// its own savepoint so a failing item undoes only itself, commits, and only then completes the callers.
/// One fsync-free WAL commit per group is what lets many concurrent loggers share the disk without lock errors.
/// The loop has a thread of its own: a commit (and the checkpoint fsync SQLite may run at its end) blocks, and on the
/// thread pool of a small machine it would hold one of the few threads that answer requests.
/// </remarks>
internal sealed class SqliteWriter : IAsyncDisposable
{
    private const int MaxGroup = 256;
    private const int SqliteBusy = 5;

    private readonly Channel<WriteItem> _queue = Channel.CreateUnbounded<WriteItem>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });

    private readonly SqlSession _session;
    private readonly Task _loop;

    public SqliteWriter(SqlSession session)
    {
        _session = session;
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Gets the writer's session, for components that keep prepared commands; use it only inside write items.</summary>
    public SqlSession Session => _session;

    /// <summary>Queues work and completes once its transaction has committed, or with the work's own failure.</summary>
    public Task<T> WriteAsync<T>(Func<SqlSession, T> work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var item = new WriteItemOf<T>(work, ct);
        if (!_queue.Writer.TryWrite(item))
        {
            throw new OspreyException(ErrorCode.Unavailable, "The workspace database is closed; open it again to write.");
        }
        return item.Task;
    }

    /// <summary>Queues work without a result.</summary>
    public Task WriteAsync(Action<SqlSession> work, CancellationToken ct) =>
        WriteAsync(session =>
        {
            work(session);
            return true;
        }, ct);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        try
        {
            // Lets SQLite refresh its planner statistics; the limit keeps that to a moment even on a large database.
            _session.ExecuteScript("PRAGMA analysis_limit = 1000; PRAGMA optimize;");
        }
        catch (SqliteException)
        {
            // Closing must not fail because statistics could not be refreshed.
        }
        _session.Dispose();
    }

    private void Run()
    {
        var group = new List<WriteItem>(MaxGroup);
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (group.Count < MaxGroup && reader.TryRead(out var item))
            {
                group.Add(item);
            }
            CommitGroup(group);
            foreach (var item in group)
            {
                item.Publish();
            }
            group.Clear();
        }
    }

    private void CommitGroup(List<WriteItem> group)
    {
        try
        {
            _session.Execute("BEGIN IMMEDIATE");
            foreach (var item in group)
            {
                RunInSavepoint(item);
            }
            _session.Execute("COMMIT");
        }
#pragma warning disable CA1031 // Whatever broke the transaction must reach every caller of the group, never kill the loop.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            RollbackQuietly();
            var failure = ex is SqliteException { SqliteErrorCode: SqliteBusy }
                ? new OspreyException(ErrorCode.Unavailable, "The workspace database is locked by another process; try again.")
                : ex;
            foreach (var item in group)
            {
                item.FailIfPending(failure);
            }
        }
    }

    private void RunInSavepoint(WriteItem item)
    {
        _session.Execute("SAVEPOINT item");
        try
        {
            item.Execute(_session);
        }
#pragma warning disable CA1031 // The item has recorded its failure for its caller; the group goes on.
        catch (Exception)
#pragma warning restore CA1031
        {
            _session.Execute("ROLLBACK TO item");
        }
        _session.Execute("RELEASE item");
    }

    private void RollbackQuietly()
    {
        try
        {
            _session.Execute("ROLLBACK");
        }
        catch (SqliteException)
        {
            // SQLite may already have rolled the transaction back itself (for example on a full disk).
        }
    }
}
