namespace Osprey.Core.Serving.Requests;

/// <summary>One request row as sent, before validation: its fields and one character buffer holding every name and text value.</summary>
/// <remarks>Reused across requests: <see cref="Clear"/> keeps the buffers, so a warm row records values without allocating.</remarks>
public sealed class RawRow
{
    private RawField[] _fields = new RawField[32];
    private char[] _text = new char[1024];
    private int _textLength;

    /// <summary>Gets the number of fields recorded.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the recorded fields in request order.</summary>
    public ReadOnlySpan<RawField> Fields => _fields.AsSpan(0, Count);

    /// <summary>Gets the buffer the fields' names and texts index into.</summary>
    public ReadOnlySpan<char> Text => _text.AsSpan(0, _textLength);

    /// <summary>Forgets the fields, keeping the buffers.</summary>
    public void Clear()
    {
        Count = 0;
        _textLength = 0;
    }

    /// <summary>Returns a field's name, or an empty span for a positional field.</summary>
    public ReadOnlySpan<char> NameOf(in RawField field) => field.IsPositional ? default : _text.AsSpan(field.NameStart, field.NameLength);

    /// <summary>Returns a field's value text (a string's characters, or a number as written).</summary>
    public ReadOnlySpan<char> TextOf(in RawField field) => _text.AsSpan(field.TextStart, field.TextLength);

    /// <summary>Reserves room for <paramref name="length"/> characters and returns it; commit what was written with <see cref="Commit"/>.</summary>
    public Span<char> Reserve(int length)
    {
        if (_textLength + length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + length));
        }
        return _text.AsSpan(_textLength, length);
    }

    /// <summary>Keeps <paramref name="length"/> characters written into the last reservation and returns where they start.</summary>
    public int Commit(int length)
    {
        var start = _textLength;
        _textLength += length;
        return start;
    }

    /// <summary>Appends characters to the buffer and returns where they start.</summary>
    public int Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(Reserve(text.Length));
        return Commit(text.Length);
    }

    /// <summary>Records a field.</summary>
    public void Add(in RawField field)
    {
        if (Count == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }
        _fields[Count++] = field;
    }
}
