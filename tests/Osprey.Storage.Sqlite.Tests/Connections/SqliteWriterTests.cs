using Osprey.Core;
using Osprey.Storage.Sqlite.Connections;
using Xunit;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Tests.Connections;

public sealed class SqliteWriterTests
{
    [Fact]
    public async Task WriteAsync_ManyQueuedItemsSomeFailing_CommitsTheOthersAndFailsOnlyTheirOwnCallers()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        var session = SqliteConnections.OpenWriter(folder.Database);
        session.ExecuteScript("CREATE TABLE items (n INTEGER NOT NULL)");
        var writer = new SqliteWriter(session);

        var tasks = Enumerable.Range(0, 200).Select(n => writer.WriteAsync(s =>
        {
            s.Execute("INSERT INTO items (n) VALUES ($n)", Arg("$n", n));
            return n % 3 == 0 ? throw new OspreyException(ErrorCode.Conflict, $"item {n}") : n;
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(tasks.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        await writer.DisposeAsync();

        for (var n = 0; n < tasks.Count; n++)
        {
            if (n % 3 == 0)
            {
                Assert.Equal($"item {n}", (await Assert.ThrowsAsync<OspreyException>(() => tasks[n])).Message);
            }
            else
            {
                Assert.Equal(n, await tasks[n]);
            }
        }
        Assert.Equal(Enumerable.Range(0, 200).Where(n => n % 3 != 0).Sum(), RawDatabase.Scalar(folder.Database, "SELECT SUM(n) FROM items"));
    }

    [Fact]
    public async Task WriteAsync_CancelledBeforeItRuns_IsCancelledAndWritesNothing()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        var session = SqliteConnections.OpenWriter(folder.Database);
        session.ExecuteScript("CREATE TABLE items (n INTEGER NOT NULL)");
        await using var writer = new SqliteWriter(session);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writer.WriteAsync(s => s.Execute("INSERT INTO items VALUES (1)"), cancelled.Token));
        await writer.WriteAsync(s => s.Execute("INSERT INTO items VALUES (2)"), CancellationToken.None);

        Assert.Equal(2, RawDatabase.Scalar(folder.Database, "SELECT SUM(n) FROM items"));
    }
}
