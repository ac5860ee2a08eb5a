namespace Osprey.Core.Tracking.Search;

/// <summary>Parses search filters such as <c>metrics.f1 &gt; 0.7 and (params.model = 'gbdt' or tags.team IN ('ds', 'ml'))</c>
/// into a <see cref="FilterExpression"/> checked against a <see cref="SearchFieldSet"/>.</summary>
/// <remarks>
/// Accepts every filter MLflow accepts and adds OR, NOT, parentheses, IN / NOT IN on any field and IS [NOT] NULL.
/// OR binds loosest, then AND, then NOT; keywords are case-insensitive.
/// </remarks>
public sealed class FilterParser
{
    /// <summary>How deeply parentheses and NOT may nest, so hostile input cannot exhaust the stack.</summary>
    public const int MaxDepth = 64;

    private readonly SearchScanner scanner;
    private readonly SearchFieldSet fields;
    private int depth;

    private FilterParser(string text, SearchFieldSet fields)
    {
        scanner = new SearchScanner(text, "filter");
        this.fields = fields;
    }

    /// <summary>Parses <paramref name="text"/>; null or blank text gives a successful null (match everything), and errors carry the zero-based position of the offending token. Never throws for bad text.</summary>
    public static ParseResult<FilterExpression?> Parse(string? text, SearchFieldSet fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<FilterExpression?>.Ok(null);
        }

        var parser = new FilterParser(text, fields);
        var expression = parser.ParseOr();
        if (expression is not null)
        {
            parser.ExpectEnd();
        }

        var error = parser.scanner.Error;
        return error is null ? ParseResult<FilterExpression?>.Ok(expression) : new ParseResult<FilterExpression?>(null, error);
    }

    private FilterExpression? ParseOr()
    {
        var left = ParseAnd();
        while (left is not null && scanner.TryKeyword("OR"))
        {
            var right = ParseAnd();
            left = right is null ? null : new OrExpression(left, right);
        }

        return left;
    }

    private FilterExpression? ParseAnd()
    {
        var left = ParseNot();
        while (left is not null && scanner.TryKeyword("AND"))
        {
            var right = ParseNot();
            left = right is null ? null : new AndExpression(left, right);
        }

        return left;
    }

    private FilterExpression? ParseNot()
    {
        scanner.SkipWhitespace();
        var notStart = scanner.Position;
        if (!scanner.TryKeyword("NOT"))
        {
            return ParsePrimary();
        }

        if (!Enter(notStart))
        {
            return null;
        }

        var inner = ParseNot();
        depth--;
        return inner is null ? null : new NotExpression(inner);
    }

    private FilterExpression? ParsePrimary()
    {
        scanner.SkipWhitespace();
        if (scanner.AtEnd || scanner.Current != '(')
        {
            return ComparisonReader.Read(scanner, fields);
        }

        var open = scanner.Position;
        if (!Enter(open))
        {
            return null;
        }

        scanner.Position++;
        var inner = ParseOr();
        depth--;
        if (inner is null)
        {
            return null;
        }

        scanner.SkipWhitespace();
        if (!scanner.AtEnd && scanner.Current == ')')
        {
            scanner.Position++;
            return inner;
        }

        scanner.Fail($"expected AND, OR or ')' to close the '(' at column {open + 1} but found {scanner.Describe(scanner.Position)}", scanner.Position);
        return null;
    }

    private void ExpectEnd()
    {
        scanner.SkipWhitespace();
        if (scanner.AtEnd)
        {
            return;
        }

        var position = scanner.Position;
        scanner.Fail(
            scanner.Current == ')' ? "found ')' without a matching '('" : $"expected AND, OR or the end of the filter but found {scanner.Describe(position)}",
            position);
    }

    private bool Enter(int position)
    {
        depth++;
        return depth <= MaxDepth || scanner.Fail($"the filter nests parentheses or NOT more than {MaxDepth} levels deep", position);
    }
}
