namespace Osprey.Core.Tracking.Search;

/// <summary>Reads one comparison: a field, an operator and its values (none for IS NULL, a parenthesised list for IN).</summary>
internal static class ComparisonReader
{
    private static readonly (string Keyword, ComparisonOperator Operator)[] KeywordOperators =
    [
        ("LIKE", ComparisonOperator.Like),
        ("ILIKE", ComparisonOperator.ILike),
        ("IN", ComparisonOperator.In),
    ];

    private const string OperatorList = "=, !=, <, <=, >, >=, LIKE, ILIKE, IN, NOT IN, IS NULL or IS NOT NULL";

    /// <summary>Reads the comparison at the scanner's position; on failure the scanner holds the error.</summary>
    public static Comparison? Read(SearchScanner scanner, SearchFieldSet fields)
    {
        if (!FieldReader.TryRead(scanner, fields, sorting: false, out var field))
        {
            return null;
        }

        scanner.SkipWhitespace();
        var operatorStart = scanner.Position;
        if (!TryReadOperator(scanner, field, out var op))
        {
            return null;
        }

        var context = new ComparisonContext(scanner.Text, field, op, operatorStart, scanner.Position);
        var operatorError = ComparisonRules.OperatorError(context);
        if (operatorError is not null)
        {
            scanner.Fail(operatorError, operatorStart);
            return null;
        }

        FilterValue[]? values = op switch
        {
            ComparisonOperator.IsNull or ComparisonOperator.IsNotNull => [],
            ComparisonOperator.In or ComparisonOperator.NotIn => ReadList(scanner, context),
            _ => TryReadValue(scanner, context, context.OperatorText, inList: false, out var value) ? [value] : null,
        };
        return values is null ? null : new Comparison(field.Field, op, values);
    }

    private static bool TryReadOperator(SearchScanner scanner, in ParsedField field, out ComparisonOperator op)
    {
        op = default;
        var start = scanner.Position;
        if (!scanner.AtEnd && scanner.Current is '=' or '!' or '<' or '>')
        {
            var symbol = scanner.ReadWhile(static c => c is '=' or '!' or '<' or '>');
            ComparisonOperator? found = symbol switch
            {
                "=" or "==" => ComparisonOperator.Equal,
                "!=" or "<>" => ComparisonOperator.NotEqual,
                "<" => ComparisonOperator.Less,
                "<=" => ComparisonOperator.LessOrEqual,
                ">" => ComparisonOperator.Greater,
                ">=" => ComparisonOperator.GreaterOrEqual,
                _ => null,
            };
            op = found.GetValueOrDefault();
            return found.HasValue || scanner.Fail($"unknown operator '{symbol}' (use {OperatorList})", start);
        }

        foreach (var (keyword, keywordOperator) in KeywordOperators)
        {
            if (scanner.TryKeyword(keyword))
            {
                op = keywordOperator;
                return true;
            }
        }

        if (scanner.TryKeyword("NOT"))
        {
            return TryReadAfterNot(scanner, field, out op);
        }

        if (scanner.TryKeyword("IS"))
        {
            op = scanner.TryKeyword("NOT") ? ComparisonOperator.IsNotNull : ComparisonOperator.IsNull;
            var expected = op == ComparisonOperator.IsNull ? "NULL or NOT NULL after IS" : "NULL after IS NOT";
            scanner.SkipWhitespace();
            return scanner.TryKeyword("NULL") || scanner.Fail($"expected {expected} but found {scanner.Describe(scanner.Position)}", scanner.Position);
        }

        var fieldText = scanner.Text[field.Start..field.End];
        return scanner.Fail($"expected an operator ({OperatorList}) after '{fieldText}' but found {scanner.Describe(start)}", start);
    }

    private static bool TryReadAfterNot(SearchScanner scanner, in ParsedField field, out ComparisonOperator op)
    {
        op = ComparisonOperator.NotIn;
        if (scanner.TryKeyword("IN"))
        {
            return true;
        }

        var position = scanner.Position;
        if (scanner.IsKeywordAt(position, "LIKE") || scanner.IsKeywordAt(position, "ILIKE"))
        {
            var fieldText = scanner.Text[field.Start..field.End];
            return scanner.Fail($"NOT LIKE is not supported: write NOT ({fieldText} LIKE '...') instead", position);
        }

        return scanner.Fail($"expected IN after NOT but found {scanner.Describe(position)}", position);
    }

    private static FilterValue[]? ReadList(SearchScanner scanner, in ComparisonContext context)
    {
        scanner.SkipWhitespace();
        if (scanner.AtEnd || scanner.Current != '(')
        {
            scanner.Fail($"expected '(' and a list of values after {context.OperatorText} but found {scanner.Describe(scanner.Position)}", scanner.Position);
            return null;
        }

        scanner.Position++;
        scanner.SkipWhitespace();
        if (!scanner.AtEnd && scanner.Current == ')')
        {
            scanner.Fail("expected at least one value in the list but found ')'", scanner.Position);
            return null;
        }

        var values = new List<FilterValue>();
        var separator = "(";
        while (TryReadValue(scanner, context, separator, inList: true, out var value))
        {
            values.Add(value);
            scanner.SkipWhitespace();
            if (!scanner.AtEnd && scanner.Current is ',' or ')')
            {
                var closing = scanner.Current == ')';
                scanner.Position++;
                if (closing)
                {
                    return [.. values];
                }

                separator = ",";
                continue;
            }

            scanner.Fail($"expected ',' or ')' in the list but found {scanner.Describe(scanner.Position)}", scanner.Position);
            break;
        }

        return null;
    }

    private static bool TryReadValue(SearchScanner scanner, in ComparisonContext context, string after, bool inList, out FilterValue value)
    {
        value = default;
        scanner.SkipWhitespace();
        var start = scanner.Position;
        if (scanner.AtEnd)
        {
            return scanner.Fail($"expected a value after '{after}' but found {scanner.Describe(start)}", start);
        }

        if (scanner.Current is '\'' or '"')
        {
            if (!scanner.TryReadQuoted(out var text))
            {
                return false;
            }

            value = FilterValue.Of(text);
        }
        else if (scanner.AtNumber())
        {
            if (!scanner.TryReadNumber(out var number))
            {
                return false;
            }

            value = FilterValue.Of(number);
        }
        else
        {
            return FailOnWord(scanner, after, start);
        }

        var error = ComparisonRules.ValueError(context, ref value, start, scanner.Position, inList);
        return error is null || scanner.Fail(error, start);
    }

    private static bool FailOnWord(SearchScanner scanner, string after, int start)
    {
        if (!SearchScanner.IsWordChar(scanner.Current))
        {
            return scanner.Fail($"expected a value after '{after}' but found {scanner.Describe(start)}", start);
        }

        var word = scanner.ReadWhile(SearchScanner.IsKeyChar);
        return word.Equals("NULL", StringComparison.OrdinalIgnoreCase)
            ? scanner.Fail("to test for a missing value use IS NULL or IS NOT NULL", start)
            : scanner.Fail($"expected a quoted string or a number after '{after}' but found '{word}' (quote text: '{word}')", start);
    }
}
