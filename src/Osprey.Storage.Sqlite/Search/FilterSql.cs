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
/// <c>EXISTS (…)</c> or <c>key IN (SELECT …)</c> and nullable columns to <c>col IS NOT NULL AND …</c>, all never
/// NULL, so <c>NOT (metrics.a &gt; 1)</c> includes the runs that have no metric <c>a</c>.</item>
/// <item>LIKE is case-sensitive (translated to GLOB); ILIKE folds both sides to lower case, Unicode included.</item>
/// <item>IS NULL means the entity has no such key (or the column is NULL); IS NOT NULL that it has one.</item>
/// </list>
/// </remarks>
internal static class FilterSql
{
    /// <summary>Returns the SQL condition for an expression.</summary>
    public static string Compile(FilterExpression expression, ISearchSchema schema, SqlParameters parameters, FilterStyle style = FilterStyle.Correlated) =>
        expression switch
        {
            AndExpression and => $"({Compile(and.Left, schema, parameters, style)} AND {Compile(and.Right, schema, parameters, style)})",
            OrExpression or => $"({Compile(or.Left, schema, parameters, style)} OR {Compile(or.Right, schema, parameters, style)})",
            NotExpression not => $"(NOT {Compile(not.Inner, schema, parameters, style)})",
            Comparison comparison => Compare(comparison, schema.Filter(comparison.Field, parameters), parameters, style),
            _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "Unknown filter expression."),
        };

    private static string Compare(Comparison comparison, FieldSql field, SqlParameters parameters, FilterStyle style)
    {
        var exists = comparison.Operator is ComparisonOperator.IsNull or ComparisonOperator.IsNotNull;
        if (field.Source is null)
        {
            if (exists)
            {
                return comparison.Operator == ComparisonOperator.IsNull ? $"({field.Value} IS NULL)" : $"({field.Value} IS NOT NULL)";
            }
            var predicate = Predicate(comparison, field, parameters);
            return field.Nullable ? $"({field.Value} IS NOT NULL AND {predicate})" : predicate;
        }
        var rows = exists ? field.Source : $"{field.Source} AND {Predicate(comparison, field, parameters)}";
        var present = style == FilterStyle.Membership && field is { Owner: not null, Member: not null }
            ? $"{field.Owner} IN (SELECT {field.Member} {rows})"
            : $"EXISTS (SELECT 1 {rows} AND {field.Correlation})";
        return comparison.Operator == ComparisonOperator.IsNull ? $"(NOT {present})" : present;
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
