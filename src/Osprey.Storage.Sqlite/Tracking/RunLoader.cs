using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>Loads whole runs for a set of keys with one query per child table, never one query per run.</summary>
internal static class RunLoader
{
    private const string InRuns = $"run_pk IN ({IdList.Select})";

    /// <summary>Returns the runs with their latest metrics, params, tags and inputs, in the order of <paramref name="pks"/>.</summary>
    public static List<Run> Load(SqlSession session, IReadOnlyList<long> pks)
    {
        if (pks.Count == 0)
        {
            return [];
        }
        var ids = Arg("$ids", IdList.Json(pks));
        var infos = session.Query($"SELECT {RunRows.Columns} FROM runs r WHERE r.{InRuns}",
            row => (Pk: row.GetInt64(0), Info: RunRows.MapInfo(row)), ids).ToDictionary(r => r.Pk, r => r.Info);
        var metrics = session.Query(
            $"SELECT run_pk, key, value, timestamp, step, is_nan FROM latest_metrics WHERE {InRuns} ORDER BY run_pk, key",
            row => (Pk: row.GetInt64(0), Metric: RunRows.MapMetric(row, 1)), ids).ToLookup(m => m.Pk, m => m.Metric);
        var parameters = session.Query($"SELECT run_pk, key, value FROM params WHERE {InRuns} ORDER BY run_pk, key",
            row => (Pk: row.GetInt64(0), Param: new Param(row.GetString(1), row.GetString(2))), ids).ToLookup(p => p.Pk, p => p.Param);
        var tags = session.Query($"SELECT run_pk, key, value FROM run_tags WHERE {InRuns} ORDER BY run_pk, key",
            row => (Pk: row.GetInt64(0), Tag: new Tag(row.GetString(1), row.GetString(2))), ids).ToLookup(t => t.Pk, t => t.Tag);
        var inputs = LoadInputs(session, ids);
        return pks.Where(infos.ContainsKey)
            .Select(pk => new Run(infos[pk], metrics[pk].ToList(), parameters[pk].ToList(), tags[pk].ToList(), inputs[pk].ToList()))
            .ToList();
    }

    private static ILookup<long, DatasetInput> LoadInputs(SqlSession session, SqlArg ids)
    {
        var inputTags = session.Query(
                $"""
                SELECT t.input_pk, t.key, t.value FROM input_tags t JOIN run_inputs i ON i.input_pk = t.input_pk
                WHERE i.{InRuns} ORDER BY t.input_pk, t.key
                """,
                row => (Input: row.GetInt64(0), Tag: new Tag(row.GetString(1), row.GetString(2))), ids)
            .ToLookup(t => t.Input, t => t.Tag);
        return session.Query(
                $"""
                SELECT i.run_pk, i.input_pk, d.name, d.digest, d.source_type, d.source, d.dataset_schema, d.profile
                FROM run_inputs i JOIN datasets d ON d.dataset_pk = i.dataset_pk
                WHERE i.{InRuns} ORDER BY i.run_pk, i.input_pk
                """,
                row => (Pk: row.GetInt64(0), Input: row.GetInt64(1), Dataset: new Dataset(
                    row.GetString(2), row.GetString(3), row.GetString(4), row.GetString(5),
                    row.IsDBNull(6) ? null : row.GetString(6), row.IsDBNull(7) ? null : row.GetString(7))),
                ids)
            .ToLookup(i => i.Pk, i => new DatasetInput(i.Dataset, inputTags[i.Input].ToList()));
    }
}
