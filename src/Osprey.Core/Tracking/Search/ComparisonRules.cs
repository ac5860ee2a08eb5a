using System.Globalization;

namespace Osprey.Core.Tracking.Search;

/// <summary>Which operators and values each kind of field accepts: metrics and numeric attributes compare with numbers,
/// params, tags, string attributes and data set fields with quoted strings.</summary>
internal static class ComparisonRules
{
    private const int Ordering = (1 << (int)ComparisonOperator.Less) | (1 << (int)ComparisonOperator.LessOrEqual)
        | (1 << (int)ComparisonOperator.Greater) | (1 << (int)ComparisonOperator.GreaterOrEqual);

    private const int Matching = (1 << (int)ComparisonOperator.Like) | (1 << (int)ComparisonOperator.ILike);

    private const int Membership = (1 << (int)ComparisonOperator.Equal) | (1 << (int)ComparisonOperator.NotEqual)
        | (1 << (int)ComparisonOperator.In) | (1 << (int)ComparisonOperator.NotIn);

    private const int Presence = (1 << (int)ComparisonOperator.IsNull) | (1 << (int)ComparisonOperator.IsNotNull);

    private const int NumberOperators = Membership | Ordering | Presence;
    private const int StringOperators = Membership | Matching | Presence;

    // A run has many data set inputs, so "has no data set named X" is written NOT (datasets.name = 'X') instead of IS NULL.
    private const int DatasetOperators = Membership | Matching;

    /// <summary>Returns why <paramref name="context"/>'s operator cannot be used on its field, or null when it can.</summary>
    public static string? OperatorError(in ComparisonContext context)
    {
        var allowed = AllowedOperators(context.Field);
        if ((allowed & (1 << (int)context.Operator)) != 0)
        {
            return null;
        }

        var names = Enum.GetValues<ComparisonOperator>()
            .Where(op => (allowed & (1 << (int)op)) != 0)
            .Select(FilterFormatter.Format);
        return $"'{context.OperatorText}' is not allowed for {Noun(context.Field)} (allowed: {string.Join(", ", names)})";
    }

    /// <summary>Checks one value against the field and rewrites it to its canonical spelling (status = 'finished' becomes 'FINISHED'); returns the reason when it does not fit.</summary>
    public static string? ValueError(in ComparisonContext context, ref FilterValue value, int valueStart, int valueEnd, bool inList)
    {
        var field = context.Field;
        if (field.IsNumeric && !value.IsNumber)
        {
            var valueText = context.Text[valueStart..valueEnd];
            var number = value.Text!.Trim();
            var numeric = double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed);
            var hint = !numeric ? string.Empty
                : inList ? $": write {number} instead of {valueText}"
                : $": use {context.FieldText} {context.OperatorText} {number}";
            return $"{Subject(field)} with numbers, not strings{hint}";
        }

        if (!field.IsNumeric && value.IsNumber)
        {
            var valueText = context.Text[valueStart..valueEnd];
            var hint = inList ? $"write '{valueText}' instead of {valueText}" : $"use {context.FieldText} {context.OperatorText} '{valueText}'";
            return $"{Subject(field)} with quoted strings, not numbers: {hint}";
        }

        var allowedValues = field.Attribute?.AllowedValues ?? [];
        if (allowedValues.Count == 0 || (Membership & (1 << (int)context.Operator)) == 0)
        {
            return null;
        }

        var text = value.Text;
        var canonical = allowedValues.FirstOrDefault(allowed => allowed.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (canonical is null)
        {
            return $"unknown {field.Attribute!.Name} {context.Text[valueStart..valueEnd]} (expected {FieldDescriptions.JoinWithOr(allowedValues)})";
        }

        value = FilterValue.Of(canonical);
        return null;
    }

    private static int AllowedOperators(in ParsedField field) => field.Field.Kind switch
    {
        FieldKind.Dataset => DatasetOperators,
        _ => field.IsNumeric ? NumberOperators : StringOperators,
    };

    /// <summary>The field as the object of "not allowed for ...": "metrics", "attribute run_name", "datasets.name".</summary>
    private static string Noun(in ParsedField field) => field.Field.Kind switch
    {
        FieldKind.Attribute => $"attribute {field.Field.Key}",
        FieldKind.Dataset => $"datasets.{field.Field.Key}",
        var kind => FieldDescriptions.KindName(kind),
    };

    /// <summary>The field as the subject of "... compare(s) with numbers".</summary>
    private static string Subject(in ParsedField field) => field.Field.Kind switch
    {
        FieldKind.Attribute or FieldKind.Dataset => $"{Noun(field)} compares",
        var kind => $"{FieldDescriptions.KindName(kind)} compare",
    };
}
