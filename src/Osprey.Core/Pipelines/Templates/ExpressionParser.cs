using System.Globalization;
using System.Text;
using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Pipelines.Templates;

/// <summary>Parses the expression language: <c>or</c> binds loosest, then <c>and</c>, then <c>not</c>, then one comparison between two values
/// (numbers, 'strings' or "strings", true, false, null, dotted names, parenthesised expressions).</summary>
internal sealed class ExpressionParser
{
    private const int MaxDepth = 32;
    private readonly string text;
    private int position;
    private int depth;
    private ParseError? error;

    private ExpressionParser(string text, int start)
    {
        this.text = text;
        position = start;
    }

    /// <summary>Parses one expression starting at <paramref name="start"/>; returns it with the offset just after it, leaving the caller to judge what follows.</summary>
    public static (ParseResult<TemplateExpression> Result, int End) ParseAt(string text, int start)
    {
        var parser = new ExpressionParser(text, start);
        var expression = parser.ParseOr();
        parser.SkipSpace();
        return parser.error is null && expression is not null
            ? (ParseResult<TemplateExpression>.Ok(expression), parser.position)
            : (new ParseResult<TemplateExpression>(null, parser.error ?? new ParseError("expected an expression", start)), parser.position);
    }

    private TemplateExpression? ParseOr()
    {
        var left = ParseAnd();
        while (left is not null && TryWord("or"))
        {
            var right = ParseAnd();
            left = right is null ? null : new LogicalExpression(false, left, right, left.Position);
        }
        return left;
    }

    private TemplateExpression? ParseAnd()
    {
        var left = ParseNot();
        while (left is not null && TryWord("and"))
        {
            var right = ParseNot();
            left = right is null ? null : new LogicalExpression(true, left, right, left.Position);
        }
        return left;
    }

    private TemplateExpression? ParseNot()
    {
        SkipSpace();
        var start = position;
        if (!TryWord("not"))
        {
            return ParseComparison();
        }
        if (++depth > MaxDepth)
        {
            return Fail($"expressions may nest at most {MaxDepth} deep", start);
        }
        var operand = ParseNot();
        depth--;
        return operand is null ? null : new NotExpression(operand, start);
    }

    private TemplateExpression? ParseComparison()
    {
        var left = ParsePrimary();
        if (left is null)
        {
            return null;
        }
        SkipSpace();
        var start = position;
        var kind = ReadOperator();
        if (kind is null)
        {
            return error is null ? left : null;
        }
        var right = ParsePrimary();
        return right is null ? null : new ComparisonExpression(kind.Value, left, right, start);
    }

    private TemplateExpression? ParsePrimary()
    {
        SkipSpace();
        var start = position;
        if (position >= text.Length)
        {
            return Fail("expected a value but the expression ended", start);
        }

        var c = text[position];
        if (c == '(')
        {
            if (++depth > MaxDepth)
            {
                return Fail($"expressions may nest at most {MaxDepth} deep", start);
            }
            position++;
            var inner = ParseOr();
            depth--;
            SkipSpace();
            if (inner is null)
            {
                return null;
            }
            if (position >= text.Length || text[position] != ')')
            {
                return Fail("expected ')' to close the '(' opened here", start);
            }
            position++;
            return inner;
        }
        if (c is '\'' or '"')
        {
            return ReadString(c);
        }
        if (char.IsAsciiDigit(c) || (c == '-' && position + 1 < text.Length && char.IsAsciiDigit(text[position + 1])))
        {
            return ReadNumber();
        }
        if (char.IsAsciiLetter(c) || c == '_')
        {
            return ReadName();
        }
        return Fail($"unexpected '{c}', expected a value (a number, a quoted string, true, false, null or a name)", start);
    }

    private TemplateExpression? ReadName()
    {
        var start = position;
        var path = new List<string> { ReadIdentifier() };
        while (position < text.Length && text[position] == '.')
        {
            position++;
            if (position >= text.Length || !(char.IsAsciiLetter(text[position]) || text[position] == '_'))
            {
                return Fail($"expected a name after '{string.Join('.', path)}.'", position);
            }
            path.Add(ReadIdentifier());
        }

        if (path.Count == 1)
        {
            switch (path[0])
            {
                case "true":
                    return new LiteralExpression(TemplateValue.From(true), start);
                case "false":
                    return new LiteralExpression(TemplateValue.From(false), start);
                case "null":
                    return new LiteralExpression(TemplateValue.Null, start);
                case "and" or "or" or "not":
                    return Fail($"expected a value, got the keyword '{path[0]}'", start);
            }
        }
        return new ReferenceExpression(new TemplateReference(path, start));
    }

    private string ReadIdentifier()
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }
        return text[start..position];
    }

    private TemplateExpression? ReadNumber()
    {
        var start = position;
        if (text[position] == '-')
        {
            position++;
        }
        SkipDigits();
        if (position + 1 < text.Length && text[position] == '.' && char.IsAsciiDigit(text[position + 1]))
        {
            position++;
            SkipDigits();
        }
        if (position < text.Length && text[position] is 'e' or 'E')
        {
            var mark = position++;
            if (position < text.Length && text[position] is '+' or '-')
            {
                position++;
            }
            if (position >= text.Length || !char.IsAsciiDigit(text[position]))
            {
                return Fail("expected digits after the exponent", mark);
            }
            SkipDigits();
        }

        var raw = text[start..position];
        var value = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? new LiteralExpression(TemplateValue.FromNumber(value, raw), start) : Fail($"the number {raw} is too large", start);
    }

    private TemplateExpression? ReadString(char quote)
    {
        var start = position++;
        var value = new StringBuilder();
        while (position < text.Length && text[position] != quote)
        {
            var c = text[position++];
            if (c == '\\' && position < text.Length)
            {
                var escaped = text[position++];
                c = escaped switch { 'n' => '\n', 't' => '\t', _ => escaped };
            }
            value.Append(c);
        }
        if (position >= text.Length)
        {
            return Fail($"the string starting here is never closed with {quote}", start);
        }
        position++;
        return new LiteralExpression(TemplateValue.From(value.ToString()), start);
    }

    private ComparisonKind? ReadOperator()
    {
        (ComparisonKind Kind, string Symbol)[] operators =
        [
            (ComparisonKind.Equal, "=="), (ComparisonKind.NotEqual, "!="), (ComparisonKind.LessOrEqual, "<="),
            (ComparisonKind.GreaterOrEqual, ">="), (ComparisonKind.Less, "<"), (ComparisonKind.Greater, ">"),
        ];
        foreach (var (kind, symbol) in operators)
        {
            if (At(symbol))
            {
                position += symbol.Length;
                return kind;
            }
        }
        if (At("="))
        {
            Fail("use '==' to compare values ('=' alone is not an operator)", position);
        }
        return null;
    }

    private bool At(string symbol) => string.CompareOrdinal(text, position, symbol, 0, symbol.Length) == 0;

    private bool TryWord(string word)
    {
        SkipSpace();
        if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
        {
            return false;
        }
        var after = position + word.Length;
        if (after < text.Length && (char.IsAsciiLetterOrDigit(text[after]) || text[after] == '_' || text[after] == '.'))
        {
            return false;
        }
        position = after;
        return true;
    }

    private void SkipDigits()
    {
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }
    }

    private void SkipSpace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private TemplateExpression? Fail(string message, int at)
    {
        error ??= new ParseError(message, at);
        return null;
    }
}
