using System.Text.RegularExpressions;

namespace Osprey.Core.Data;

/// <summary>Decides a column's kind from what the CSV reader saw; the rules are listed in docs/learning.md.</summary>
internal static partial class SchemaInferrer
{
    // Below this many values an all-distinct text column is more likely a small categorical sample than a key.
    private const int IdentifierMinimumRows = 20;

    public static ColumnKind Infer(ColumnBuilder column, CsvOptions options)
    {
        if (column.NonMissingCount == 0)
        {
            return ColumnKind.Text;
        }
        return column.IsNumeric ? InferNumeric(column) : InferText(column, options);
    }

    private static ColumnKind InferNumeric(ColumnBuilder column)
    {
        if (!column.AllIntegers)
        {
            return ColumnKind.Numeric;
        }
        var onlyZeroAndOne = true;
        foreach (var value in column.Numbers)
        {
            if (!double.IsNaN(value) && value is not (0d or 1d))
            {
                onlyZeroAndOne = false;
                break;
            }
        }
        if (onlyZeroAndOne)
        {
            return ColumnKind.Boolean;
        }
        return LooksLikeIdentifierName(column.Name) ? ColumnKind.Identifier : ColumnKind.Integer;
    }

    private static ColumnKind InferText(ColumnBuilder column, CsvOptions options)
    {
        var distinct = column.Distinct;
        if (BooleanText.IsBooleanSet(distinct))
        {
            return ColumnKind.Boolean;
        }
        if (distinct.TrueForAll(v => DateTimeText.TryParse(v, out _)))
        {
            return ColumnKind.DateTime;
        }
        var allDistinct = distinct.Count == column.NonMissingCount;
        if (allDistinct && (column.NonMissingCount >= IdentifierMinimumRows || LooksLikeIdentifierName(column.Name)))
        {
            return ColumnKind.Identifier;
        }
        if (LooksLikeIdentifierName(column.Name) && distinct.Count > options.MaxCategories)
        {
            return ColumnKind.Identifier;
        }
        var tooVaried = column.NonMissingCount >= IdentifierMinimumRows && distinct.Count * 2 > column.NonMissingCount;
        return distinct.Count <= options.MaxCategories && !tooVaried ? ColumnKind.Categorical : ColumnKind.Text;
    }

    /// <summary>Returns whether a name reads like a key: id, user_id, customer-id, customerID, userId.</summary>
    public static bool LooksLikeIdentifierName(string name) => IdentifierName().IsMatch(name);

    [GeneratedRegex(@"^(?:(?i:id|.*[_\s\-.]id|uuid|guid)|.*[a-z0-9](?:ID|Id))$")]
    private static partial Regex IdentifierName();
}
