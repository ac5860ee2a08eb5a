namespace Osprey.Core.Tracking.Search;

/// <summary>The namespace of a field named in a filter or order-by: <c>metrics.</c>, <c>params.</c>, <c>tags.</c>, <c>attributes.</c>, <c>datasets.</c>.</summary>
public enum FieldKind
{
    Metric,
    Param,
    Tag,
    Attribute,
    Dataset,
}
