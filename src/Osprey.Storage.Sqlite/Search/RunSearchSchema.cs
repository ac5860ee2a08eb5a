using Osprey.Core;
using Osprey.Core.Tracking.Search;

namespace Osprey.Storage.Sqlite.Search;

/// <summary>The search schema of runs (alias <c>r</c>): attributes, latest metrics, params, tags and data set inputs.</summary>
internal sealed class RunSearchSchema : ISearchSchema
{
    /// <summary>The one instance; the schema holds no state.</summary>
    public static readonly RunSearchSchema Instance = new();

    private const string ContextTag = "mlflow.data.context";

    private static readonly Dictionary<string, AttributeColumn> Attributes = new(StringComparer.Ordinal)
    {
        [RunAttribute.RunId] = new("r.run_uuid", Numeric: false),
        [RunAttribute.RunName] = new("r.name", Numeric: false),
        [RunAttribute.Status] = new("r.status", Numeric: false),
        [RunAttribute.StartTime] = new("r.start_time", Numeric: true),
        [RunAttribute.EndTime] = new("r.end_time", Numeric: true, Nullable: true),
        [RunAttribute.UserId] = new("r.user_id", Numeric: false),
        [RunAttribute.ArtifactUri] = new("r.artifact_uri", Numeric: false),
        // Experiment ids are decimal strings in the API; their values are bound as numbers so they compare and sort as ids.
        [RunAttribute.ExperimentId] = new("r.experiment_id", Numeric: true),
    };

    /// <inheritdoc/>
    public FieldSql Filter(FieldRef field, SqlParameters parameters) => field.Kind switch
    {
        FieldKind.Metric => Keyed("latest_metrics", "m", field.Key, parameters) with { Numeric = true, NanFlag = "m.is_nan" },
        FieldKind.Param => Keyed("params", "x", field.Key, parameters),
        FieldKind.Tag => Keyed("run_tags", "x", field.Key, parameters),
        FieldKind.Dataset => Dataset(field.Key, parameters),
        FieldKind.Attribute => Attribute(field.Key).ToFilter(),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "Unknown field kind."),
    };

    /// <inheritdoc/>
    public SortSql Sort(FieldRef field, SqlParameters parameters, string alias) => field.Kind switch
    {
        FieldKind.Metric => new SortSql($"{alias}.value",
            Join: $"LEFT JOIN latest_metrics {alias} ON {alias}.run_pk = r.run_pk AND {alias}.key = {parameters.Add(field.Key)}",
            MissingFlag: $"({alias}.key IS NULL)", NanFlag: $"{alias}.is_nan"),
        FieldKind.Param => KeyedSort("params", field.Key, parameters, alias),
        FieldKind.Tag => KeyedSort("run_tags", field.Key, parameters, alias),
        FieldKind.Attribute => Attribute(field.Key).ToSort(),
        _ => throw OspreyException.Invalid($"Runs cannot be ordered by '{field.Kind}' fields such as '{field.Key}'."),
    };

    /// <summary>Returns the child table holding a metric, param or tag sort key (and whether it can hold NaN), or null for attributes.</summary>
    public static (string Table, bool HasNan)? KeyedTable(FieldRef field) => field.Kind switch
    {
        FieldKind.Metric => ("latest_metrics", true),
        FieldKind.Param => ("params", false),
        FieldKind.Tag => ("run_tags", false),
        _ => null,
    };

    private static SortSql KeyedSort(string table, string key, SqlParameters parameters, string alias) => new(
        $"{alias}.value",
        Join: $"LEFT JOIN {table} {alias} ON {alias}.run_pk = r.run_pk AND {alias}.key = {parameters.Add(key)}",
        MissingFlag: $"({alias}.key IS NULL)");

    private static FieldSql Keyed(string table, string alias, string key, SqlParameters parameters) => new(
        $"{alias}.value", Numeric: false, Source: $"FROM {table} {alias} WHERE {alias}.key = {parameters.Add(key)}",
        Correlation: $"{alias}.run_pk = r.run_pk", Owner: "r.run_pk", Member: $"{alias}.run_pk");

    private static FieldSql Dataset(string name, SqlParameters parameters) => name switch
    {
        "name" or "digest" => new FieldSql($"d.{name}", Numeric: false,
            Source: "FROM run_inputs i JOIN datasets d ON d.dataset_pk = i.dataset_pk WHERE 1",
            Correlation: "i.run_pk = r.run_pk", Owner: "r.run_pk", Member: "i.run_pk"),
        "context" => new FieldSql("t.value", Numeric: false,
            Source: $"FROM run_inputs i JOIN input_tags t ON t.input_pk = i.input_pk AND t.key = {parameters.Add(ContextTag)} WHERE 1",
            Correlation: "i.run_pk = r.run_pk", Owner: "r.run_pk", Member: "i.run_pk"),
        _ => throw OspreyException.Invalid($"Data sets can be searched by name, digest or context, not '{name}'."),
    };

    private static AttributeColumn Attribute(string name) => Attributes.TryGetValue(name, out var column)
        ? column
        : throw OspreyException.Invalid(
            $"Runs have no searchable attribute '{name}'; use one of {string.Join(", ", Attributes.Keys.Order(StringComparer.Ordinal))}.");
}
