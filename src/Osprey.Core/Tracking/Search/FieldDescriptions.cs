namespace Osprey.Core.Tracking.Search;

/// <summary>Phrases that describe a <see cref="SearchFieldSet"/> in parse errors, such as "metrics., params. or tags.".</summary>
internal static class FieldDescriptions
{
    public static string KindName(FieldKind kind) => kind switch
    {
        FieldKind.Metric => "metrics",
        FieldKind.Param => "params",
        FieldKind.Tag => "tags",
        FieldKind.Dataset => "datasets",
        _ => "attributes",
    };

    public static string PrefixHint(SearchFieldSet fields, bool sorting, ReadOnlySpan<char> name)
    {
        FieldKind[] keyed = [FieldKind.Metric, FieldKind.Param, FieldKind.Tag];
        var allowed = keyed.Where(kind => sorting ? fields.CanSortBy(kind) : fields.CanFilterBy(kind)).ToList();
        return allowed.Count == 0
            ? string.Empty
            : $"; name {JoinWithAnd(allowed.Select(KindName))} with a prefix, e.g. {KindName(allowed[0])}.{name}";
    }

    public static string AttributeNames(SearchFieldSet fields, bool sorting) =>
        sorting ? fields.SortableAttributeNames : fields.FilterableAttributeNames;

    public static string PrefixList(SearchFieldSet fields, bool sorting) =>
        JoinWithOr((sorting ? fields.SortKinds : fields.FilterKinds).Select(kind => KindName(kind) + "."));

    public static string Examples(SearchFieldSet fields)
    {
        var examples = new List<string>();
        if (fields.CanFilterBy(FieldKind.Metric))
        {
            examples.AddRange(["metrics.f1", "params.model"]);
        }
        else if (fields.Attributes.Count > 0)
        {
            examples.Add(fields.Attributes[0].Name);
        }

        examples.Add("tags.team");
        return JoinWithOr(examples);
    }

    public static string JoinWithOr(IEnumerable<string> items) => Join(items, "or");

    public static string JoinWithAnd(IEnumerable<string> items) => Join(items, "and");

    private static string Join(IEnumerable<string> items, string conjunction)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {conjunction} {list[^1]}";
    }
}
