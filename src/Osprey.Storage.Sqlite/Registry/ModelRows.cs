using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Registry;

/// <summary>Finds registered models and loads them with their tags, aliases and latest version per stage.</summary>
internal static class ModelRows
{
    /// <summary>The columns <see cref="Load"/> expects, for a <c>registered_models m</c> alias.</summary>
    public const string Columns = "m.model_pk, m.name, m.creation_timestamp, m.last_updated_timestamp, m.description";

    /// <summary>Finds a model by name or throws <see cref="ErrorCode.NotFound"/>.</summary>
    public static ModelKey Require(SqlSession session, string name) =>
        Find(session, name) ?? throw NotFound(name);

    /// <summary>Finds a model by name, or null.</summary>
    public static ModelKey? Find(SqlSession session, string name) =>
        session.QueryFirst("SELECT model_pk, name FROM registered_models WHERE name = $name",
            row => new ModelKey(row.GetInt64(0), row.GetString(1)), Arg("$name", name));

    /// <summary>Gets a model by name, fully loaded, or throws <see cref="ErrorCode.NotFound"/>.</summary>
    public static RegisteredModel Get(SqlSession session, string name) =>
        Load(session, $"SELECT {Columns} FROM registered_models m WHERE m.name = $name", Arg("$name", name)).SingleOrDefault()
        ?? throw NotFound(name);

    /// <summary>Runs a query selecting <see cref="Columns"/> and loads tags, aliases and latest versions set-based.</summary>
    public static List<RegisteredModel> Load(SqlSession session, string sql, params ReadOnlySpan<SqlArg> args)
    {
        var rows = session.Query(sql, row => (Pk: row.GetInt64(0), Model: Map(row)), args);
        if (rows.Count == 0)
        {
            return [];
        }
        var ids = Arg("$ids", IdList.Json(rows.Select(r => r.Pk)));
        var tags = session.Query($"SELECT model_pk, key, value FROM registered_model_tags WHERE model_pk IN ({IdList.Select}) ORDER BY key",
            row => (Pk: row.GetInt64(0), Tag: new Tag(row.GetString(1), row.GetString(2))), ids).ToLookup(t => t.Pk, t => t.Tag);
        var aliases = session.Query($"SELECT model_pk, alias, version FROM model_aliases WHERE model_pk IN ({IdList.Select}) ORDER BY alias",
            row => (Pk: row.GetInt64(0), Alias: new ModelAlias(row.GetString(1), row.GetInt32(2))), ids).ToLookup(a => a.Pk, a => a.Alias);
        var names = rows.ToDictionary(r => r.Model.Name, r => r.Pk, StringComparer.Ordinal);
        var latest = VersionRows.Query(session,
                $"""
                SELECT {VersionRows.Columns} {VersionRows.From}
                WHERE v.model_pk IN ({IdList.Select})
                  AND v.version = (SELECT MAX(x.version) FROM model_versions x WHERE x.model_pk = v.model_pk AND x.current_stage = v.current_stage)
                """, ids)
            .ToLookup(v => names[v.Name]);
        return rows.ConvertAll(r => r.Model with
        {
            LatestVersions = latest[r.Pk].OrderBy(v => v.CurrentStage).ToList(),
            Tags = tags[r.Pk].ToList(),
            Aliases = aliases[r.Pk].ToList(),
        });
    }

    /// <summary>The failure for an unknown model name.</summary>
    public static OspreyException NotFound(string name) => OspreyException.NotFound($"Registered model '{name}' does not exist.");

    private static RegisteredModel Map(SqliteDataReader row) =>
        new(row.GetString(1), row.GetInt64(2), row.GetInt64(3), row.GetString(4), [], [], []);
}
