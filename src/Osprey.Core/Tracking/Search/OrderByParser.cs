namespace Osprey.Core.Tracking.Search;

/// <summary>Parses one sort key such as <c>metrics.f1 DESC</c>, <c>attributes.start_time</c> or <c>name ASC</c> against a <see cref="SearchFieldSet"/>.</summary>
public static class OrderByParser
{
    /// <summary>Parses <paramref name="text"/>: a field, then optionally ASC or DESC (any case; ascending when absent). Errors carry the zero-based position of the offending token; never throws for bad text.</summary>
    public static ParseResult<OrderByClause> Parse(string text, SearchFieldSet fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        text ??= string.Empty;
        var scanner = new SearchScanner(text, "order-by clause");
        scanner.SkipWhitespace();
        if (scanner.AtEnd)
        {
            return ParseResult<OrderByClause>.Fail("expected a field to order by, such as metrics.f1 DESC", scanner.Position);
        }

        if (!FieldReader.TryRead(scanner, fields, sorting: true, out var field))
        {
            return new ParseResult<OrderByClause>(null, scanner.Error);
        }

        var ascending = true;
        scanner.SkipWhitespace();
        var directionStart = scanner.Position;
        if (!scanner.AtEnd)
        {
            ascending = scanner.TryKeyword("ASC");
            if (!ascending && !scanner.TryKeyword("DESC"))
            {
                var fieldText = text[field.Start..field.End];
                return ParseResult<OrderByClause>.Fail($"expected ASC or DESC after '{fieldText}' but found {scanner.Describe(directionStart)}", directionStart);
            }
        }

        scanner.SkipWhitespace();
        if (!scanner.AtEnd)
        {
            return ParseResult<OrderByClause>.Fail(
                $"expected the end of the order-by clause but found {scanner.Describe(scanner.Position)}; give each sort key as its own order-by entry",
                scanner.Position);
        }

        return ParseResult<OrderByClause>.Ok(new OrderByClause(field.Field, ascending));
    }
}
