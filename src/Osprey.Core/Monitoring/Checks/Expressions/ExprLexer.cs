namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>Splits an expression into tokens: numbers, 'text' or "text", names (letters, digits, _ and .; or any text in backticks), and operators.</summary>
internal static class ExprLexer
{
    private static readonly string[] Symbols = ["==", "!=", "<>", "<=", ">=", "<", ">", "=", "+", "-", "*", "/", "%", "(", ")", ","];

    /// <summary>Returns the tokens ending with an <see cref="ExprTokenKind.End"/> token, or the first error.</summary>
    public static (List<ExprToken> Tokens, ExprSyntaxError? Error) Read(string text)
    {
        var tokens = new List<ExprToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.' || ((text[i] is 'e' or 'E') && i + 1 < text.Length)
                    || ((text[i] is '+' or '-') && text[i - 1] is 'e' or 'E')))
                {
                    i++;
                }
                tokens.Add(new(ExprTokenKind.Number, text[start..i], start));
            }
            else if (c is '\'' or '"' or '`')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0)
                {
                    return (tokens, new ExprSyntaxError($"the {(c == '`' ? "column name" : "text")} starting here has no closing {c}", i));
                }
                tokens.Add(new(c == '`' ? ExprTokenKind.Name : ExprTokenKind.Text, text[(i + 1)..end], i));
                i = end + 1;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.'))
                {
                    i++;
                }
                tokens.Add(new(ExprTokenKind.Name, text[start..i], start));
            }
            else if (Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0) is { } symbol)
            {
                tokens.Add(new(ExprTokenKind.Symbol, symbol, i));
                i += symbol.Length;
            }
            else
            {
                return (tokens, new ExprSyntaxError($"unexpected character '{c}'", i));
            }
        }
        tokens.Add(new(ExprTokenKind.End, "", text.Length));
        return (tokens, null);
    }
}
