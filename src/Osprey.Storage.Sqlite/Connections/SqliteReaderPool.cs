using System.Collections.Concurrent;

namespace Osprey.Storage.Sqlite.Connections;

/// <summary>A small pool of read-only connections; in WAL mode they never block, and are never blocked by, the writer.</summary>
internal sealed class SqliteReaderPool : IDisposable
{
    private readonly ConcurrentBag<SqlSession> _idle = [];
    private readonly SemaphoreSlim _gate;
    private readonly string _path;
    private readonly List<SqlSession> _all = [];
    private readonly Lock _allLock = new();

    public SqliteReaderPool(string path, int size)
    {
        _path = path;
        _gate = new SemaphoreSlim(size, size);
    }

    /// <summary>Runs a read inside one read transaction, so every query in it sees the same committed state.</summary>
    public async Task<T> ReadAsync<T>(Func<SqlSession, T> read, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        var session = Rent();
        try
        {
            session.Execute("BEGIN");
            try
            {
                return read(session);
            }
            finally
            {
                session.Execute("COMMIT");
            }
        }
        finally
        {
            _idle.Add(session);
            _gate.Release();
        }
    }

    public void Dispose()
    {
        lock (_allLock)
        {
            foreach (var session in _all)
            {
                session.Dispose();
            }
            _all.Clear();
        }
        _gate.Dispose();
    }

    private SqlSession Rent()
    {
        if (_idle.TryTake(out var session))
        {
            return session;
        }
        session = SqliteConnections.OpenReader(_path);
        lock (_allLock)
        {
            _all.Add(session);
        }
        return session;
    }
}
