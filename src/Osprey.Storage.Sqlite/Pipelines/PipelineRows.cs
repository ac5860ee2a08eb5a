using Microsoft.Data.Sqlite;
using Osprey.Core.Pipelines.Definitions;
using Osprey.Core.Pipelines.Scheduling;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;
using static Osprey.Storage.Sqlite.Pipelines.PipelineText;

namespace Osprey.Storage.Sqlite.Pipelines;

/// <summary>The per-pipeline rows: registration, pause flag and the scheduled-through mark.</summary>
internal static class PipelineRows
{
    public const string Columns = "name, source, paused, registered_at, scheduled_through";

    /// <summary>Creates the pipeline's row, registered at <paramref name="now"/>, unless it exists.</summary>
    public static void EnsurePipeline(SqlSession session, string name, DateTimeOffset now) =>
        session.Execute("INSERT INTO pipelines (name, registered_at) VALUES ($name, $now) ON CONFLICT (name) DO NOTHING",
            Arg("$name", name), Arg("$now", Millis(now)));

    /// <summary>Moves the scheduled-through mark forward (never back).</summary>
    public static void MoveMark(SqlSession session, string name, DateTimeOffset through) =>
        session.Execute(
            "UPDATE pipelines SET scheduled_through = MAX(COALESCE(scheduled_through, $through), $through) WHERE name = $name",
            Arg("$name", name), Arg("$through", Millis(through)));

    public static void RecordSkipped(SqlSession session, string name, DateTimeOffset through, IReadOnlyList<DataInterval> skipped)
    {
        EnsurePipeline(session, name, through);
        foreach (var interval in skipped)
        {
            session.Execute(
                """
                INSERT INTO pipeline_skipped_intervals (pipeline, interval_start, interval_end) VALUES ($name, $start, $end)
                ON CONFLICT (pipeline, interval_start) DO NOTHING
                """,
                Arg("$name", name), Arg("$start", Millis(interval.Start)), Arg("$end", Millis(interval.End)));
        }
        MoveMark(session, name, through);
    }

    public static PipelineRecord? Find(SqlSession session, string name) =>
        session.QueryFirst($"SELECT {Columns} FROM pipelines WHERE name = $name", Map, Arg("$name", name));

    public static PipelineRecord Map(SqliteDataReader row) => new(
        row.GetString(0),
        TaskRows.OptionalText(row, 1),
        row.GetInt64(2) != 0,
        Instant(row.GetInt64(3)),
        TaskRows.OptionalInstant(row, 4));
}
