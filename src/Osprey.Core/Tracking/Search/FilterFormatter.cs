using System.Globalization;
using System.Text;

namespace Osprey.Core.Tracking.Search;

/// <summary>Renders filters, fields, values and sort keys in one canonical text form that <see cref="FilterParser"/> and <see cref="OrderByParser"/> read back to the same tree.</summary>
/// <remarks>Prefixes are plural (<c>metrics.</c>, <c>attributes.</c>), keywords upper case, strings single-quoted, and
/// parentheses appear only where precedence needs them (and around a right operand of the same operator, which keeps the tree shape).</remarks>
public static class FilterFormatter
{
    private const int OrLevel = 1;
    private const int AndLevel = 2;
    private const int NotLevel = 3;

    /// <summary>Renders a filter such as <c>metrics.f1 &gt; 0.7 AND (params.model = 'gbdt' OR tags.team IN ('ds', 'ml'))</c>; null renders as an empty string.</summary>
    public static string Format(FilterExpression? expression)
    {
        if (expression is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(builder, expression, OrLevel);
        return builder.ToString();
    }

    /// <summary>Renders a field such as <c>metrics.f1</c> or <c>tags.`val loss`</c>; keys with characters beyond letters, digits and _ . - / are backtick-quoted.</summary>
    public static string Format(FieldRef field) => Append(new StringBuilder(), field).ToString();

    /// <summary>Renders a value: numbers in invariant shortest round-trip form, strings single-quoted with ' doubled and \ escaped.</summary>
    public static string Format(FilterValue value) => Append(new StringBuilder(), value).ToString();

    /// <summary>Renders an operator as written in filters: =, !=, &lt;, LIKE, NOT IN, IS NOT NULL and so on.</summary>
    public static string Format(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Like => "LIKE",
        ComparisonOperator.ILike => "ILIKE",
        ComparisonOperator.In => "IN",
        ComparisonOperator.NotIn => "NOT IN",
        ComparisonOperator.IsNull => "IS NULL",
        ComparisonOperator.IsNotNull => "IS NOT NULL",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown comparison operator."),
    };

    /// <summary>Renders a sort key such as <c>metrics.f1 DESC</c> or <c>attributes.start_time ASC</c>.</summary>
    public static string Format(OrderByClause clause) =>
        Append(new StringBuilder(), clause.Field).Append(clause.Ascending ? " ASC" : " DESC").ToString();

    private static void Append(StringBuilder builder, FilterExpression expression, int minimumLevel)
    {
        var level = expression switch
        {
            OrExpression => OrLevel,
            AndExpression => AndLevel,
            NotExpression => NotLevel,
            _ => NotLevel + 1,
        };
        var parenthesise = level < minimumLevel;
        if (parenthesise)
        {
            builder.Append('(');
        }

        switch (expression)
        {
            case OrExpression or:
                Append(builder, or.Left, OrLevel);
                builder.Append(" OR ");
                Append(builder, or.Right, OrLevel + 1);
                break;
            case AndExpression and:
                Append(builder, and.Left, AndLevel);
                builder.Append(" AND ");
                Append(builder, and.Right, AndLevel + 1);
                break;
            case NotExpression not:
                builder.Append("NOT ");
                Append(builder, not.Inner, NotLevel);
                break;
            case Comparison comparison:
                AppendComparison(builder, comparison);
                break;
            default:
                throw new ArgumentException($"Unknown filter expression {expression.GetType().Name}.", nameof(expression));
        }

        if (parenthesise)
        {
            builder.Append(')');
        }
    }

    private static void AppendComparison(StringBuilder builder, Comparison comparison)
    {
        Append(builder, comparison.Field).Append(' ').Append(Format(comparison.Operator));
        if (comparison.Operator is ComparisonOperator.In or ComparisonOperator.NotIn)
        {
            builder.Append(" (");
            for (var i = 0; i < comparison.Values.Count; i++)
            {
                Append(i == 0 ? builder : builder.Append(", "), comparison.Values[i]);
            }

            builder.Append(')');
        }
        else if (comparison.Values.Count > 0)
        {
            Append(builder.Append(' '), comparison.Values[0]);
        }
    }

    private static StringBuilder Append(StringBuilder builder, FieldRef field)
    {
        builder.Append(field.Kind switch
        {
            FieldKind.Metric => "metrics.",
            FieldKind.Param => "params.",
            FieldKind.Tag => "tags.",
            FieldKind.Dataset => "datasets.",
            _ => "attributes.",
        });
        var key = field.Key;
        if (!IsPlainKey(key))
        {
            var quote = key.Contains('`', StringComparison.Ordinal) ? '"' : '`';
            return builder.Append(quote).Append(key).Append(quote);
        }

        return builder.Append(key);
    }

    private static StringBuilder Append(StringBuilder builder, FilterValue value)
    {
        if (value.Number is { } number)
        {
            return builder.Append(number.ToString("R", CultureInfo.InvariantCulture));
        }

        builder.Append('\'');
        foreach (var c in value.Text ?? string.Empty)
        {
            _ = c switch
            {
                '\'' => builder.Append("''"),
                '\\' => builder.Append(@"\\"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'');
    }

    private static bool IsPlainKey(string key)
    {
        foreach (var c in key)
        {
            if (!SearchScanner.IsKeyChar(c))
            {
                return false;
            }
        }

        return key.Length > 0;
    }
}
