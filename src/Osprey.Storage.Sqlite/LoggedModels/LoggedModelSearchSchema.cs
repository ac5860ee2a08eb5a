using Osprey.Core;
using Osprey.Core.Tracking.LoggedModels;
using Osprey.Core.Tracking.Search;
using Osprey.Storage.Sqlite.Search;

namespace Osprey.Storage.Sqlite.LoggedModels;

/// <summary>The search schema of logged models (alias <c>m</c>): attributes, linked metrics, params and tags.</summary>
/// <param name="datasets">When not empty, a metric comparison considers only observations made on one of these data sets.</param>
/// <remarks>A metric comparison holds when any linked observation of the key satisfies it; a metric sort key is the key's latest observation
/// (greatest timestamp, then step).</remarks>
internal sealed class LoggedModelSearchSchema(IReadOnlyList<LoggedModelDataset> datasets) : ISearchSchema
{
    private static readonly Dictionary<string, AttributeColumn> Attributes = new(StringComparer.Ordinal)
    {
        [LoggedModelAttribute.ModelId] = new("m.model_id", Numeric: false),
        [LoggedModelAttribute.Name] = new("m.name", Numeric: false),
        [LoggedModelAttribute.ModelType] = new("m.model_type", Numeric: false, Nullable: true),
        [LoggedModelAttribute.Status] = new("m.status", Numeric: false),
        [LoggedModelAttribute.SourceRunId] = new("m.source_run_id", Numeric: false, Nullable: true),
        [LoggedModelAttribute.CreationTimestamp] = new("m.creation_timestamp", Numeric: true),
        [LoggedModelAttribute.LastUpdatedTimestamp] = new("m.last_updated_timestamp", Numeric: true),
    };

    /// <inheritdoc/>
    public FieldSql Filter(FieldRef field, SqlParameters parameters) => field.Kind switch
    {
        FieldKind.Metric => new FieldSql("x.value", Numeric: true,
            Source: $"FROM logged_model_metrics x WHERE x.key = {parameters.Add(field.Key)}{DatasetCondition("x", datasets, parameters)}",
            Correlation: "x.model_pk = m.model_pk", NanFlag: "x.is_nan", Owner: "m.model_pk", Member: "x.model_pk"),
        FieldKind.Param => Keyed("logged_model_params", field.Key, parameters),
        FieldKind.Tag => Keyed("logged_model_tags", field.Key, parameters),
        FieldKind.Attribute => Attribute(field.Key).ToFilter(),
        _ => throw Unsupported(field),
    };

    /// <inheritdoc/>
    public SortSql Sort(FieldRef field, SqlParameters parameters, string alias) => field.Kind switch
    {
        FieldKind.Metric => MetricSort(field.Key, null, parameters, alias),
        FieldKind.Param => KeyedSort("logged_model_params", field.Key, parameters, alias),
        FieldKind.Tag => KeyedSort("logged_model_tags", field.Key, parameters, alias),
        FieldKind.Attribute => Attribute(field.Key).ToSort(),
        _ => throw Unsupported(field),
    };

    /// <summary>Sorts by a metric's latest observation, optionally only among those made on one data set.</summary>
    public static SortSql MetricSort(string key, LoggedModelDataset? dataset, SqlParameters parameters, string alias)
    {
        var scope = dataset is null ? "" : DatasetCondition("d", [dataset], parameters);
        var latest =
            $"""
            SELECT model_pk, value, is_nan FROM (
                SELECT d.model_pk, d.value, d.is_nan,
                       ROW_NUMBER() OVER (PARTITION BY d.model_pk ORDER BY d.timestamp DESC, d.step DESC, d.rowid DESC) AS position
                FROM logged_model_metrics d WHERE d.key = {parameters.Add(key)}{scope})
            WHERE position = 1
            """;
        return new SortSql($"{alias}.value", Join: $"LEFT JOIN ({latest}) {alias} ON {alias}.model_pk = m.model_pk",
            MissingFlag: $"({alias}.model_pk IS NULL)", NanFlag: $"{alias}.is_nan");
    }

    private static string DatasetCondition(string alias, IReadOnlyList<LoggedModelDataset> scope, SqlParameters parameters)
    {
        if (scope.Count == 0)
        {
            return "";
        }
        var any = scope.Select(d => d.Digest is null
            ? $"{alias}.dataset_name = {parameters.Add(d.Name)}"
            : $"({alias}.dataset_name = {parameters.Add(d.Name)} AND {alias}.dataset_digest = {parameters.Add(d.Digest)})");
        return $" AND ({string.Join(" OR ", any)})";
    }

    private static FieldSql Keyed(string table, string key, SqlParameters parameters) => new(
        "x.value", Numeric: false, Source: $"FROM {table} x WHERE x.key = {parameters.Add(key)}",
        Correlation: "x.model_pk = m.model_pk", Owner: "m.model_pk", Member: "x.model_pk");

    private static SortSql KeyedSort(string table, string key, SqlParameters parameters, string alias) => new(
        $"{alias}.value",
        Join: $"LEFT JOIN {table} {alias} ON {alias}.model_pk = m.model_pk AND {alias}.key = {parameters.Add(key)}",
        MissingFlag: $"({alias}.key IS NULL)");

    private static AttributeColumn Attribute(string name) => Attributes.TryGetValue(name, out var column)
        ? column
        : throw OspreyException.Invalid(
            $"Logged models have no searchable attribute '{name}'; use one of {string.Join(", ", Attributes.Keys.Order(StringComparer.Ordinal))}.");

    private static OspreyException Unsupported(FieldRef field) =>
        OspreyException.Invalid($"Logged models cannot be searched by '{field.Kind}' fields such as '{field.Key}'; use attributes, metrics, params or tags.");
}
