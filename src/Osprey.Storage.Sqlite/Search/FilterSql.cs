using System.Globalization;
using Osprey.Core;
using Osprey.Core.Tracking.Search;

namespace Osprey.Storage.Sqlite.Search;

/// <summary>Compiles a filter tree into a SQL condition whose every literal is a bound parameter.</summary>
/// <remarks>
/// Semantics, the same for every entity:
/// <list type="bullet">
/// <item>A comparison on a metric, param or tag the entity lacks (or on a NULL column) is false; so is one on NaN,
/// except <c>!=</c> and <c>NOT IN</c>, which hold for NaN as in IEEE arithmetic.</item>
/// <item><c>NOT</c> is plain SQL NOT over the compiled inner condition. Child-table comparisons compile to
/// <c>EXISTS (…)</c> and nullable columns to <c>col IS NOT NULL AND …</c>, both never NULL, so
/// <c>NOT (metrics.a &gt; 1)</c> includes the runs that have no metric <c>a</c>.</item>
/// <item>LIKE is case-sensitive (translated to GLOB); ILIKE folds both sides to lower case, Unicode included.</item>
/// <item>IS NULL means the entity has no such key (or the column is NULL); IS NOT NULL that it has one.</item>
/// </list>
/// </remarks>
internal static class FilterSql
{
    /// <summary>Returns the SQL condition for an expression.</summary>
    public static string Compile(FilterExpression expression, ISearchSchema schema, SqlParameters parameters) => expression switch
    {
        AndExpression and => $"({Compile(and.Left, schema, parameters)} AND {Compile(and.Right, schema, parameters)})",
        OrExpression or => $"({Compile(or.Left, schema, parameters)} OR {Compile(or.Right, schema, parameters)})",
        NotExpression not => $"(NOT {Compile(not.Inner, schema, parameters)})",
        Comparison comparison => Compare(comparison, schema.Filter(comparison.Field, parameters), parameters),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "Unknown filter expression."),
    };

    private static string Compare(Comparison comparison, FieldSql field, SqlParameters parameters)
    {
        if (comparison.Operator is ComparisonOperator.IsNull or ComparisonOperator.IsNotNull)
        {
            var present = field.Source is null ? $"{field.Value} IS NOT NULL" : $"EXISTS (SELECT 1 {field.Source})";
            return comparison.Operator == ComparisonOperator.IsNull ? $"(NOT {present})" : present;
        }
        var predicate = Predicate(comparison, field, parameters);
        if (field.Source is not null)
        {
            return $"EXISTS (SELECT 1 {field.Source} AND {predicate})";
        }
        return field.Nullable ? $"({field.Value} IS NOT NULL AND {predicate})" : predicate;
    }

    private static string Predicate(Comparison comparison, FieldSql field, SqlParameters parameters)
    {
        var value = field.Value;
        var values = comparison.Values;
        return comparison.Operator switch
        {
            ComparisonOperator.Equal => $"{value} = {Bind(Single(comparison), field, parameters)}",
            ComparisonOperator.NotEqual => OrNan(field, $"{value} <> {Bind(Single(comparison), field, parameters)}"),
            ComparisonOperator.Less => $"{value} < {Bind(Single(comparison), field, parameters)}",
            ComparisonOperator.LessOrEqual => $"{value} <= {Bind(Single(comparison), field, parameters)}",
            ComparisonOperator.Greater => $"{value} > {Bind(Single(comparison), field, parameters)}",
            ComparisonOperator.GreaterOrEqual => $"{value} >= {Bind(Single(comparison), field, parameters)}",
            ComparisonOperator.Like => $"{value} GLOB {parameters.Add(LikePatterns.ToGlob(Text(Single(comparison))))}",
            ComparisonOperator.ILike => $"osprey_fold({value}) LIKE {parameters.Add(LikePatterns.Fold(Text(Single(comparison))))}",
            ComparisonOperator.In => values.Count == 0 ? "0" : $"{value} IN ({BindAll(values, field, parameters)})",
            ComparisonOperator.NotIn => values.Count == 0 ? "1" : OrNan(field, $"{value} NOT IN ({BindAll(values, field, parameters)})"),
            _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison.Operator, "Unknown comparison operator."),
        };
    }

    private static string OrNan(FieldSql field, string predicate) =>
        field.NanFlag is null ? predicate : $"({field.NanFlag} = 1 OR {predicate})";

    private static FilterValue Single(Comparison comparison) => comparison.Values.Count == 1
        ? comparison.Values[0]
        : throw OspreyException.Invalid($"The comparison on '{comparison.Field.Key}' needs exactly one value, got {comparison.Values.Count}.");

    private static string BindAll(IReadOnlyList<FilterValue> values, FieldSql field, SqlParameters parameters) =>
        string.Join(", ", values.Select(value => Bind(value, field, parameters)));

    private static string Bind(FilterValue value, FieldSql field, SqlParameters parameters)
    {
        if (!field.Numeric)
        {
            return parameters.Add(Text(value));
        }
        if (value.Number is { } number)
        {
            return parameters.Add(number);
        }
        return double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parameters.Add(parsed)
            : throw OspreyException.Invalid($"'{value.Text}' is not a number, and the field compared with it holds numbers.");
    }

    private static string Text(FilterValue value) =>
        value.Text ?? value.Number!.Value.ToString("R", CultureInfo.InvariantCulture);
}
