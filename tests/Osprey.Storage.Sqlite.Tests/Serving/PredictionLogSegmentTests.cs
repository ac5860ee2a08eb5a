using Osprey.Core;
using Osprey.Core.Serving.Predictions;
using Osprey.Storage.Sqlite.Schema;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests.Serving;

public sealed class PredictionLogSegmentTests
{
    private const long Hour = 3_600_000;

    [Fact]
    public async Task Append_WritesBatchBytesToHourlySegmentFilesAndIndexesThem()
    {
        using var folder = new TempFolder();
        await using var database = await SqliteStores.OpenAsync(folder.Database, CancellationToken.None);
        var log = database.Stores.PredictionLog;
        PredictionRecord[] records = [Record("a", 1000, "{\"tenure\":1}"), Record("b", Hour + 5, "{\"tenure\":2,\"Contract\":\"Two year\"}"), Record("c", Hour + 7, "{}")];

        await log.AppendAsync(PredictionBatch.From(records), CancellationToken.None);
        var read = await log.ReadAsync(new PredictionLogQuery("churn"), CancellationToken.None);

        Assert.Equal(records, read.Select(p => p.Prediction));
        var files = SegmentFiles(folder);
        Assert.Equal(2, files.Length);
        Assert.StartsWith("1970-01-01T00-", Path.GetFileName(files[0]));
        Assert.StartsWith("1970-01-01T01-", Path.GetFileName(files[1]));
        Assert.Equal(0, RawDatabase.Scalar(folder.Database, "SELECT COUNT(*) FROM prediction_log_batches WHERE rows IS NOT NULL OR segment IS NULL"));
        Assert.Equal(2, RawDatabase.Scalar(folder.Database, "SELECT COUNT(*) FROM prediction_log_batches"));
    }

    [Fact]
    public async Task DeleteBefore_DeletesASegmentFileOnlyOnceItsWholeHourIsOld()
    {
        using var folder = new TempFolder();
        await using var database = await SqliteStores.OpenAsync(folder.Database, CancellationToken.None);
        var log = database.Stores.PredictionLog;
        await log.AppendAsync(PredictionBatch.From([Record("old", 1000, "{}"), Record("edge", Hour + 10, "{}"), Record("new", Hour + 2 * 60_000, "{}")]),
            CancellationToken.None);

        var deleted = await log.DeleteBeforeAsync(Hour + 60_000, CancellationToken.None);
        await log.AppendAsync(PredictionBatch.From([Record("later", Hour + 3 * 60_000, "{}")]), CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(["new", "later"], (await log.ReadAsync(new PredictionLogQuery("churn"), CancellationToken.None)).Select(p => p.Prediction.RequestId));
        Assert.StartsWith("1970-01-01T01-", Path.GetFileName(Assert.Single(SegmentFiles(folder))));
    }

    [Fact]
    public async Task Read_BatchWhoseFileIsGoneOrDamaged_IsSkippedAndTheRestReads()
    {
        using var folder = new TempFolder();
        await using (var database = await SqliteStores.OpenAsync(folder.Database, CancellationToken.None))
        {
            await database.Stores.PredictionLog.AppendAsync(
                PredictionBatch.From([Record("gone", 1000, "{}"), Record("zeroed", Hour, "{}"), Record("short", 2 * Hour, "{}"), Record("kept", 3 * Hour, "{}")]),
                CancellationToken.None);
        }
        var files = SegmentFiles(folder);
        File.Delete(files[0]);
        File.WriteAllBytes(files[1], new byte[new FileInfo(files[1]).Length]);
        using (var stream = new FileStream(files[2], FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        await using var reopened = await SqliteStores.OpenAsync(folder.Database, CancellationToken.None);
        var read = await reopened.Stores.PredictionLog.ReadAsync(new PredictionLogQuery("churn"), CancellationToken.None);

        Assert.Equal(["kept"], read.Select(p => p.Prediction.RequestId));
    }

    [Fact]
    public async Task Read_IndexNamingAFileOutsideTheLogFolder_IsRefused()
    {
        using var folder = new TempFolder();
        await using var database = await SqliteStores.OpenAsync(folder.Database, CancellationToken.None);
        await database.Stores.PredictionLog.AppendAsync(PredictionBatch.From([Record("a", 1000, "{}")]), CancellationToken.None);
        RawDatabase.Execute(folder.Database, "UPDATE prediction_log_batches SET segment = '../osprey.db'");

        var error = await Assert.ThrowsAsync<OspreyException>(() => database.Stores.PredictionLog.ReadAsync(new PredictionLogQuery("churn"), CancellationToken.None));

        Assert.Equal(ErrorCode.InvalidState, error.Code);
        Assert.Contains("'../osprey.db'", error.Message);
    }

    [Fact]
    public async Task Append_TwoOpenDatabasesOnOneFile_WriteFilesOfTheirOwnAndBothAreRead()
    {
        using var folder = new TempFolder();
        await using var first = await SqliteStores.OpenAsync(folder.Database, CancellationToken.None);
        await using var second = await SqliteStores.OpenAsync(folder.Database, CancellationToken.None);

        await Task.WhenAll(
            Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? first : second).Stores.PredictionLog.AppendAsync(
                PredictionBatch.From([Record($"r{i}", 1000 + i, "{}")]), CancellationToken.None)));
        var read = await first.Stores.PredictionLog.ReadAsync(new PredictionLogQuery("churn"), CancellationToken.None);

        Assert.Equal(20, read.Select(p => p.Prediction.RequestId).Distinct().Count());
        Assert.Equal(2, SegmentFiles(folder).Length);
    }

    [Fact]
    public async Task Open_SchemaNineBatchesStoredInline_StayReadableAndFindTheirGeneratedIds()
    {
        using var folder = new TempFolder();
        await (await SqliteStores.OpenAsync(folder.Database, SchemaMigration.Embedded.Where(m => m.Version <= 9).ToList(), CancellationToken.None)).DisposeAsync();
        // One stored batch as schema 9 kept it: the rows' JSON and the packed (id 0x2a, row 0) pair in the database.
        RawDatabase.Execute(folder.Database,
            "INSERT INTO prediction_log_batches (batch_id, model_name, first_timestamp, last_timestamp, row_count, generated_ids, rows) VALUES " +
            "(1, 'churn', 1000, 1000, 1, X'2A000000000000000000000000', " +
            "'[{\"id\":\"000000000000002a\",\"row\":0,\"ts\":1000,\"v\":1,\"role\":\"stable\",\"class\":\"No\",\"us\":200,\"in\":{\"tenure\":1},\"out\":{\"p\":0.5}}]');" +
            "INSERT INTO prediction_log_id_blocks (block, batch_id) VALUES (0, 1)");

        await using var database = await SqliteStores.OpenAsync(folder.Database, CancellationToken.None);
        var log = database.Stores.PredictionLog;
        await log.AppendAsync(PredictionBatch.From([Record("new", 2000, "{}")]), CancellationToken.None);
        var logged = await log.RecordGroundTruthAsync(new GroundTruth("000000000000002a", 0, "Yes", 3000), CancellationToken.None);
        var read = await log.ReadAsync(new PredictionLogQuery("churn"), CancellationToken.None);

        Assert.True(logged);
        Assert.Equal(new PredictionRecord("000000000000002a", 0, 1000, "churn", 1, "stable", "{\"tenure\":1}", "{\"p\":0.5}", "No", 0.2), read[0].Prediction);
        Assert.Equal("Yes", read[0].Truth?.Label);
        Assert.Equal("new", read[1].Prediction.RequestId);
        Assert.Single(SegmentFiles(folder));
    }

    [Fact]
    public async Task Append_LargeAndSmallBatchesInTurn_LargeOnesStartAlignedAndEveryRowReadsBack()
    {
        using var folder = new TempFolder();
        await using var database = await SqliteStores.OpenAsync(folder.Database, CancellationToken.None);
        var log = database.Stores.PredictionLog;
        var wide = "{\"note\":\"" + new string('x', 300) + "\"}";
        var written = new List<PredictionRecord>();
        foreach (var (rows, start) in new[] { (1, 0), (200, 1_000), (3, 2_000), (150, 3_000), (1, 4_000) })
        {
            var batch = Enumerable.Range(0, rows).Select(i => Record($"b{start}-{i}", start + i, wide)).ToList();
            written.AddRange(batch);
            await log.AppendAsync(PredictionBatch.From(batch), CancellationToken.None);
        }

        var read = await log.ReadAsync(new PredictionLogQuery("churn", Limit: 1000), CancellationToken.None);

        Assert.Equal(written, read.Select(p => p.Prediction));
        Assert.Equal(2, RawDatabase.Scalar(folder.Database, "SELECT COUNT(*) FROM prediction_log_batches WHERE ids_length + rows_length >= 32768"));
        Assert.Equal(0, RawDatabase.Scalar(folder.Database, "SELECT COUNT(*) FROM prediction_log_batches WHERE ids_length + rows_length >= 32768 AND segment_offset % 4096 <> 0"));
    }

    private static string[] SegmentFiles(TempFolder folder)
    {
        var log = Path.Combine(folder.Path, "prediction-log");
        return Directory.Exists(log) ? [.. Directory.GetFiles(log, "*.seg").Order(StringComparer.Ordinal)] : [];
    }

    private static PredictionRecord Record(string id, long time, string inputs) =>
        new(id, 0, time, "churn", 1, "stable", inputs, "{\"probability\":0.5}", "No", 0.2);
}
