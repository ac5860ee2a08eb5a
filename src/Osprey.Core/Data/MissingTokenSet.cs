using System.Text;

namespace Osprey.Core.Data;

/// <summary>Recognises missing-value fields: empty or whitespace-only, or exactly one of the configured tokens after trimming.</summary>
internal sealed class MissingTokenSet
{
    private readonly string[] _texts;
    private readonly byte[][] _bytes;

    public MissingTokenSet(IReadOnlyList<string> tokens)
    {
        _texts = tokens.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _bytes = _texts.Select(Encoding.UTF8.GetBytes).ToArray();
    }

    /// <summary>Returns whether an already-trimmed UTF-8 field is missing.</summary>
    public bool IsMissing(ReadOnlySpan<byte> trimmed)
    {
        if (trimmed.IsEmpty)
        {
            return true;
        }
        foreach (var token in _bytes)
        {
            if (token.Length == trimmed.Length && trimmed.SequenceEqual(token))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Returns whether a text value (as in a scoring request) is missing by the same rules; null is missing.</summary>
    public bool IsMissing(ReadOnlySpan<char> value, bool isNull)
    {
        var trimmed = value.Trim();
        if (isNull || trimmed.IsEmpty)
        {
            return true;
        }
        foreach (var token in _texts)
        {
            if (trimmed.SequenceEqual(token))
            {
                return true;
            }
        }
        return false;
    }
}
