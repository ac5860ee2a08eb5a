using Osprey.Core.Tracking.Search;

namespace Osprey.TestKit.Contracts;

/// <summary>Builds filter trees by hand, as the parser would produce them.</summary>
public static class Filters
{
    public static FieldRef Metric(string key) => new(FieldKind.Metric, key);

    public static FieldRef Param(string key) => new(FieldKind.Param, key);

    public static FieldRef Tag(string key) => new(FieldKind.Tag, key);

    public static FieldRef Attribute(string name) => new(FieldKind.Attribute, name);

    public static FieldRef Dataset(string field) => new(FieldKind.Dataset, field);

    public static Comparison Is(FieldRef field, ComparisonOperator op, double value) => new(field, op, [FilterValue.Of(value)]);

    public static Comparison Is(FieldRef field, ComparisonOperator op, string value) => new(field, op, [FilterValue.Of(value)]);

    public static Comparison In(FieldRef field, params string[] values) => new(field, ComparisonOperator.In, values.Select(FilterValue.Of).ToList());

    public static Comparison In(FieldRef field, params double[] values) => new(field, ComparisonOperator.In, values.Select(FilterValue.Of).ToList());

    public static Comparison NotIn(FieldRef field, params string[] values) => new(field, ComparisonOperator.NotIn, values.Select(FilterValue.Of).ToList());

    public static Comparison NotIn(FieldRef field, params double[] values) => new(field, ComparisonOperator.NotIn, values.Select(FilterValue.Of).ToList());

    public static Comparison IsNull(FieldRef field) => new(field, ComparisonOperator.IsNull, []);

    public static Comparison IsNotNull(FieldRef field) => new(field, ComparisonOperator.IsNotNull, []);

    public static AndExpression And(FilterExpression left, FilterExpression right) => new(left, right);

    public static OrExpression Or(FilterExpression left, FilterExpression right) => new(left, right);

    public static NotExpression Not(FilterExpression inner) => new(inner);

    public static OrderByClause Ascending(FieldRef field) => new(field, true);

    public static OrderByClause Descending(FieldRef field) => new(field, false);
}
