using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Registry;

/// <summary>Reads model versions with their tags and aliases, and answers which version holds a stage.</summary>
internal static class VersionRows
{
    /// <summary>The FROM clause (aliases <c>v</c> and <c>m</c>) that <see cref="Columns"/> read from.</summary>
    public const string From = "FROM model_versions v JOIN registered_models m ON m.model_pk = v.model_pk";

    /// <summary>The columns <see cref="Query"/> expects, in order.</summary>
    public const string Columns =
        "v.model_pk, m.name, v.version, v.creation_timestamp, v.last_updated_timestamp, v.description, v.user_id, " +
        "v.current_stage, v.source, v.run_id, v.run_link, v.status, v.status_message";

    private const string InKeys = "JOIN json_each($keys) k ON x.model_pk = json_extract(k.value, '$[0]') AND x.version = json_extract(k.value, '$[1]')";

    /// <summary>Runs a query selecting <see cref="Columns"/> and fills in each version's tags and aliases (one query each).</summary>
    public static List<ModelVersion> Query(SqlSession session, string sql, params ReadOnlySpan<SqlArg> args)
    {
        var rows = session.Query(sql, row => (Pk: row.GetInt64(0), Version: Map(row)), args);
        if (rows.Count == 0)
        {
            return [];
        }
        var keys = Arg("$keys", KeysJson(rows.Select(r => (r.Pk, r.Version.Version))));
        var tags = session.Query($"SELECT x.model_pk, x.version, x.key, x.value FROM model_version_tags x {InKeys} ORDER BY x.key",
            row => (Pk: row.GetInt64(0), Version: row.GetInt32(1), Tag: new Tag(row.GetString(2), row.GetString(3))), keys)
            .ToLookup(t => (t.Pk, t.Version), t => t.Tag);
        var aliases = session.Query($"SELECT x.model_pk, x.version, x.alias FROM model_aliases x {InKeys} ORDER BY x.alias",
            row => (Pk: row.GetInt64(0), Version: row.GetInt32(1), Alias: row.GetString(2)), keys)
            .ToLookup(a => (a.Pk, a.Version), a => a.Alias);
        return rows.ConvertAll(r => r.Version with
        {
            Tags = tags[(r.Pk, r.Version.Version)].ToList(),
            Aliases = aliases[(r.Pk, r.Version.Version)].ToList(),
        });
    }

    /// <summary>Gets one version or throws <see cref="ErrorCode.NotFound"/>.</summary>
    public static ModelVersion Get(SqlSession session, ModelKey model, int version) =>
        Query(session, $"SELECT {Columns} {From} WHERE v.model_pk = $pk AND v.version = $version",
            Arg("$pk", model.Pk), Arg("$version", version)).SingleOrDefault() ?? throw NotFound(model.Name, version);

    /// <summary>Gets the stage a version is in, or throws <see cref="ErrorCode.NotFound"/>.</summary>
    public static ModelStage StageOf(SqlSession session, ModelKey model, int version)
    {
        var stage = session.ScalarString("SELECT current_stage FROM model_versions WHERE model_pk = $pk AND version = $version",
            Arg("$pk", model.Pk), Arg("$version", version));
        return stage is null ? throw NotFound(model.Name, version) : RegistryText.ParseStage(stage);
    }

    /// <summary>Returns the version holding a stage (the highest version in it), or null when it is empty.</summary>
    public static int? Holder(SqlSession session, long modelPk, ModelStage stage) =>
        (int?)session.ScalarInt64("SELECT MAX(version) FROM model_versions WHERE model_pk = $pk AND current_stage = $stage",
            Arg("$pk", modelPk), Arg("$stage", RegistryText.Stage(stage)));

    /// <summary>The failure for an unknown version.</summary>
    public static OspreyException NotFound(string name, int version) =>
        OspreyException.NotFound($"Model '{name}' has no version {version.ToString(CultureInfo.InvariantCulture)}.");

    private static ModelVersion Map(SqliteDataReader row) => new(
        row.GetString(1),
        row.GetInt32(2),
        row.GetInt64(3),
        row.GetInt64(4),
        row.GetString(5),
        row.GetString(6),
        RegistryText.ParseStage(row.GetString(7)),
        row.GetString(8),
        row.IsDBNull(9) ? null : row.GetString(9),
        row.GetString(10),
        RegistryText.ParseStatus(row.GetString(11)),
        row.GetString(12),
        [],
        []);

    private static string KeysJson(IEnumerable<(long Pk, int Version)> keys)
    {
        var json = new StringBuilder("[");
        foreach (var (pk, version) in keys)
        {
            json.Append(json.Length > 1 ? "," : "").Append(CultureInfo.InvariantCulture, $"[{pk},{version}]");
        }
        return json.Append(']').ToString();
    }
}
