using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>Writes a log batch (metrics, params, tags) to one run, all or nothing; lives on the writer loop.</summary>
internal sealed class RunBatchWriter(SqlSession session)
{
    private readonly MetricAppender _metrics = new(session);

    /// <summary>Checks every param first, then writes; a conflict throws before anything is written.</summary>
    public void Log(RunId id, RunBatch batch)
    {
        var pk = RunRows.RequireActive(session, id).Pk;
        var newParams = NewParams(id, pk, batch.Params);
        foreach (var param in newParams)
        {
            session.Execute("INSERT INTO params (run_pk, key, value) VALUES ($pk, $key, $value)",
                Arg("$pk", pk), Arg("$key", param.Key), Arg("$value", param.Value));
        }
        _metrics.Append(pk, batch.Metrics);
        foreach (var tag in batch.Tags)
        {
            RunWrites.UpsertTag(session, pk, tag);
        }
    }

    private List<Param> NewParams(RunId id, long pk, IReadOnlyList<Param> parameters)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var fresh = new List<Param>();
        foreach (var param in parameters)
        {
            if (seen.TryGetValue(param.Key, out var earlier))
            {
                if (earlier != param.Value)
                {
                    throw new OspreyException(ErrorCode.Conflict,
                        $"Param '{param.Key}' appears twice in the batch for run '{id}' with different values ('{earlier}' and '{param.Value}').");
                }
                continue;
            }
            seen[param.Key] = param.Value;
            var stored = session.ScalarString("SELECT value FROM params WHERE run_pk = $pk AND key = $key",
                Arg("$pk", pk), Arg("$key", param.Key));
            if (stored is null)
            {
                fresh.Add(param);
            }
            else if (stored != param.Value)
            {
                throw new OspreyException(ErrorCode.Conflict,
                    $"Param '{param.Key}' of run '{id}' was already logged with value '{stored}' and cannot be changed to '{param.Value}' (params are write-once).");
            }
        }
        return fresh;
    }
}
