using Osprey.Core;
using Osprey.Core.Tracking.Search;

namespace Osprey.Storage.Sqlite.Search;

/// <summary>The search schema of an entity with attributes and a key/value tag table (experiments, models, versions).</summary>
/// <param name="entity">The entity's plural name, for messages.</param>
/// <param name="attributes">The searchable attributes by canonical name.</param>
/// <param name="tagTable">The tag table.</param>
/// <param name="tagOwner">The condition tying a tag row (alias <c>{0}</c>) to the outer entity row.</param>
internal sealed class EntitySearchSchema(
    string entity,
    IReadOnlyDictionary<string, AttributeColumn> attributes,
    string tagTable,
    string tagOwner) : ISearchSchema
{
    /// <inheritdoc/>
    public FieldSql Filter(FieldRef field, SqlParameters parameters) => field.Kind switch
    {
        FieldKind.Attribute => Attribute(field.Key).ToFilter(),
        FieldKind.Tag => new FieldSql("t.value", Numeric: false, Source: $"FROM {tagTable} t WHERE t.key = {parameters.Add(field.Key)}", Correlation: Owner("t")),
        _ => throw Unsupported(field),
    };

    /// <inheritdoc/>
    public SortSql Sort(FieldRef field, SqlParameters parameters, string alias) => field.Kind switch
    {
        FieldKind.Attribute => Attribute(field.Key).ToSort(),
        FieldKind.Tag => new SortSql(
            $"{alias}.value",
            Join: $"LEFT JOIN {tagTable} {alias} ON {Owner(alias)} AND {alias}.key = {parameters.Add(field.Key)}",
            MissingFlag: $"({alias}.key IS NULL)"),
        _ => throw Unsupported(field),
    };

    private AttributeColumn Attribute(string name) => attributes.TryGetValue(name, out var column)
        ? column
        : throw OspreyException.Invalid(
            $"{entity} have no searchable attribute '{name}'; use one of {string.Join(", ", attributes.Keys.Order(StringComparer.Ordinal))}.");

    private string Owner(string alias) => string.Format(System.Globalization.CultureInfo.InvariantCulture, tagOwner, alias);

    private OspreyException Unsupported(FieldRef field) =>
        OspreyException.Invalid($"{entity} cannot be searched by '{field.Kind}' fields such as '{field.Key}'; use attributes or tags.");
}
