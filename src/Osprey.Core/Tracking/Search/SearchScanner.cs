using System.Globalization;
using System.Text;

namespace Osprey.Core.Tracking.Search;

/// <summary>Walks the characters of a filter or order-by clause and remembers the first error with its position.</summary>
/// <remarks>Parsing is scannerless: the grammar asks for a field, an operator or a value where one is expected, so
/// that words such as <c>val-loss</c> or <c>1e-3</c> are read the way their position means.</remarks>
internal sealed class SearchScanner(string text, string subject)
{
    private const int PreviewLength = 30;

    public string Text => text;

    public int Position { get; set; }

    /// <summary>The first error met; once set, every parse step returns without doing more.</summary>
    public ParseError? Error { get; private set; }

    public bool AtEnd => Position >= text.Length;

    public char Current => text[Position];

    /// <summary>Letters, digits and underscore: the characters of a word or keyword.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The characters of an unquoted metric, param or tag key, such as <c>val/loss</c> or <c>lr-max</c>.</summary>
    public static bool IsKeyChar(char c) => IsWordChar(c) || c is '.' or '-' or '/';

    /// <summary>Records an error (keeping the first one) and returns false so callers can write <c>return scanner.Fail(...)</c>.</summary>
    public bool Fail(string message, int position)
    {
        Error ??= new ParseError(message, position);
        return false;
    }

    public void SkipWhitespace()
    {
        while (Position < text.Length && char.IsWhiteSpace(text[Position]))
        {
            Position++;
        }
    }

    /// <summary>Skips whitespace, then consumes <paramref name="keyword"/> (any case) when it stands as a whole word here.</summary>
    public bool TryKeyword(string keyword)
    {
        SkipWhitespace();
        if (!IsKeywordAt(Position, keyword))
        {
            return false;
        }

        Position += keyword.Length;
        return true;
    }

    /// <summary>Whether <paramref name="keyword"/> (any case) stands as a whole word at <paramref name="position"/>.</summary>
    public bool IsKeywordAt(int position, string keyword)
    {
        var end = position + keyword.Length;
        return end <= text.Length
            && text.AsSpan(position, keyword.Length).Equals(keyword, StringComparison.OrdinalIgnoreCase)
            && (end == text.Length || !IsKeyChar(text[end]));
    }

    /// <summary>Consumes characters while <paramref name="accept"/> holds and returns them as a span of the text.</summary>
    public ReadOnlySpan<char> ReadWhile(Func<char, bool> accept)
    {
        var start = Position;
        while (Position < text.Length && accept(text[Position]))
        {
            Position++;
        }

        return text.AsSpan(start, Position - start);
    }

    /// <summary>Reads text between the quote at the current position and its closing twin; a doubled quote or a
    /// backslash before a quote or backslash stands for that character. Other backslashes are kept, so LIKE
    /// patterns such as <c>'100\%'</c> reach the store unchanged.</summary>
    public bool TryReadQuoted(out string value, bool isName = false)
    {
        var opening = Position;
        var quote = text[opening];
        StringBuilder? decoded = null;
        var runStart = opening + 1;
        for (var i = runStart; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var escaped = (c == '\\' && (next == quote || next == '\\')) || (c == quote && next == quote);
            if (escaped)
            {
                decoded ??= new StringBuilder();
                decoded.Append(text, runStart, i - runStart).Append(next);
                runStart = ++i + 1;
            }
            else if (c == quote)
            {
                value = decoded is null
                    ? text[runStart..i]
                    : decoded.Append(text, runStart, i - runStart).ToString();
                Position = i + 1;
                return true;
            }
        }

        value = string.Empty;
        return Fail(isName ? "unterminated quoted name starting here" : "unterminated string starting here", opening);
    }

    /// <summary>Whether a number starts here: a digit, or a minus or dot followed by one.</summary>
    public bool AtNumber()
    {
        if (AtEnd)
        {
            return false;
        }

        var c = Current;
        if (char.IsAsciiDigit(c))
        {
            return true;
        }

        var next = Position + 1 < text.Length ? text[Position + 1] : '\0';
        return (c == '.' && char.IsAsciiDigit(next))
            || (c == '-' && (char.IsAsciiDigit(next) || (next == '.' && Position + 2 < text.Length && char.IsAsciiDigit(text[Position + 2]))));
    }

    /// <summary>Reads a number such as <c>-1.5e-3</c>; fails on trailing letters (<c>0.7abc</c>) and on values beyond double's range.</summary>
    public bool TryReadNumber(out double value)
    {
        var start = Position;
        if (Current == '-')
        {
            Position++;
        }

        ReadWhile(char.IsAsciiDigit);
        if (!AtEnd && Current == '.')
        {
            Position++;
            ReadWhile(char.IsAsciiDigit);
        }

        if (!AtEnd && Current is 'e' or 'E')
        {
            var exponent = Position;
            Position++;
            if (!AtEnd && Current is '+' or '-')
            {
                Position++;
            }

            if (ReadWhile(char.IsAsciiDigit).IsEmpty)
            {
                Position = exponent;
            }
        }

        value = 0;
        if (!AtEnd && IsKeyChar(Current))
        {
            ReadWhile(IsKeyChar);
            return Fail($"'{text[start..Position]}' is not a number", start);
        }

        var parsed = double.TryParse(text.AsSpan(start, Position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        return (parsed && double.IsFinite(value)) || Fail($"the number {text[start..Position]} is out of range", start);
    }

    /// <summary>Describes what stands at <paramref name="position"/> for "but found ..." messages: a short quoted token, or "end of filter".</summary>
    public string Describe(int position)
    {
        if (position >= text.Length)
        {
            return $"end of {subject}";
        }

        var c = text[position];
        if (char.IsWhiteSpace(c))
        {
            return "a space";
        }

        var end = position + 1;
        if (c is '\'' or '"' or '`')
        {
            var closing = text.IndexOf(c, position + 1);
            end = closing < 0 ? text.Length : closing + 1;
            return Shorten(text[position..end]);
        }

        if (IsKeyChar(c))
        {
            while (end < text.Length && IsKeyChar(text[end]))
            {
                end++;
            }
        }
        else if (c is '=' or '!' or '<' or '>')
        {
            while (end < text.Length && text[end] is '=' or '!' or '<' or '>')
            {
                end++;
            }
        }

        return $"'{Shorten(text[position..end])}'";
    }

    private static string Shorten(string token) => token.Length <= PreviewLength ? token : string.Concat(token.AsSpan(0, PreviewLength), "...");
}
