using Osprey.Core;
using Osprey.Storage.Sqlite.Alerting;
using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.LoggedModels;
using Osprey.Storage.Sqlite.Monitoring;
using Osprey.Storage.Sqlite.Notifications;
using Osprey.Storage.Sqlite.Pipelines;
using Osprey.Storage.Sqlite.Registry;
using Osprey.Storage.Sqlite.Security;
using Osprey.Storage.Sqlite.Serving;
using Osprey.Storage.Sqlite.Tracking;
using Osprey.Storage.Sqlite.Uptime;

namespace Osprey.Storage.Sqlite;

/// <summary>An open workspace database: one writer loop, a pool of readers, and the stores built on them.</summary>
/// <remarks>Dispose it to finish the queued writes and close the file.</remarks>
public sealed class SqliteWorkspaceDatabase : IAsyncDisposable
{
    private const int ReaderCount = 4;

    private readonly SqliteWriter _writer;
    private readonly SqliteReaderPool _readers;
    private readonly PredictionLogSegments _segments;

    internal SqliteWorkspaceDatabase(string databasePath, SqlSession writerSession, int schemaVersion)
    {
        DatabasePath = databasePath;
        SchemaVersion = schemaVersion;
        _writer = new SqliteWriter(writerSession);
        _readers = new SqliteReaderPool(databasePath, ReaderCount);
        _segments = new PredictionLogSegments(Path.Combine(Path.GetDirectoryName(databasePath)!, PredictionLogSegments.FolderName));
        Stores = new WorkspaceStores(
            new SqliteExperimentStore(_writer, _readers),
            new SqliteRunStore(_writer, _readers),
            new SqliteRegisteredModelStore(_writer, _readers),
            new SqliteModelVersionStore(_writer, _readers),
            new SqliteTokenStore(_writer, _readers),
            new SqliteLoggedModelStore(_writer, _readers),
            new SqlitePipelineStore(_writer, _readers),
            new SqlitePipelineRunStore(_writer, _readers),
            new SqlitePredictionLogStore(_writer, _readers, _segments),
            new SqliteSeriesStore(_writer, _readers),
            new SqliteRetrainCooldownStore(_writer, _readers),
            new SqliteAlertStore(_writer, _readers),
            new SqliteUptimeStore(_writer, _readers),
            new SqliteOnCallDefinitionStore(_writer, _readers),
            new SqliteNotificationStore(_writer, _readers));
    }

    /// <summary>Gets the stores of the workspace, all backed by this database.</summary>
    public WorkspaceStores Stores { get; }

    /// <summary>Gets the schema version the database is at after opening.</summary>
    public int SchemaVersion { get; }

    /// <summary>Gets the full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Finishes the queued writes, then closes the writer and every reader connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        _segments.Dispose();
        _readers.Dispose();
    }
}
