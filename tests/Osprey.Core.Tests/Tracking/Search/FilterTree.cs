using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Tests.Tracking.Search;

/// <summary>Builds filter trees tersely and compares them structurally (records compare lists by reference, so Comparison needs help).</summary>
internal static class FilterTree
{
    public static Comparison Metric(string key, ComparisonOperator op, params double[] values) =>
        new(new FieldRef(FieldKind.Metric, key), op, [.. values.Select(FilterValue.Of)]);

    public static Comparison Param(string key, ComparisonOperator op, params string[] values) => Text(FieldKind.Param, key, op, values);

    public static Comparison Tag(string key, ComparisonOperator op, params string[] values) => Text(FieldKind.Tag, key, op, values);

    public static Comparison Attribute(string key, ComparisonOperator op, params string[] values) => Text(FieldKind.Attribute, key, op, values);

    public static Comparison NumericAttribute(string key, ComparisonOperator op, params double[] values) =>
        new(new FieldRef(FieldKind.Attribute, key), op, [.. values.Select(FilterValue.Of)]);

    public static Comparison Dataset(string key, ComparisonOperator op, params string[] values) => Text(FieldKind.Dataset, key, op, values);

    public static FilterExpression And(FilterExpression left, FilterExpression right) => new AndExpression(left, right);

    public static FilterExpression Or(FilterExpression left, FilterExpression right) => new OrExpression(left, right);

    public static FilterExpression Not(FilterExpression inner) => new NotExpression(inner);

    public static bool Equal(FilterExpression? left, FilterExpression? right) => (left, right) switch
    {
        (null, null) => true,
        (AndExpression a, AndExpression b) => Equal(a.Left, b.Left) && Equal(a.Right, b.Right),
        (OrExpression a, OrExpression b) => Equal(a.Left, b.Left) && Equal(a.Right, b.Right),
        (NotExpression a, NotExpression b) => Equal(a.Inner, b.Inner),
        (Comparison a, Comparison b) => a.Field == b.Field && a.Operator == b.Operator && a.Values.SequenceEqual(b.Values),
        _ => false,
    };

    private static Comparison Text(FieldKind kind, string key, ComparisonOperator op, string[] values) =>
        new(new FieldRef(kind, key), op, [.. values.Select(FilterValue.Of)]);
}
