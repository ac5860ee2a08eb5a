namespace Osprey.Core.Serving.Requests;

/// <summary>One feature value of a request row as sent: its name (absent for positional rows) and value, with text held in the row's character buffer.</summary>
/// <param name="NameStart">Where the name starts in <see cref="RawRow.Text"/>.</param>
/// <param name="NameLength">The name's length, or -1 for a positional value.</param>
/// <param name="Kind">The JSON kind of the value.</param>
/// <param name="Number">The value of a number.</param>
/// <param name="TextStart">Where the value's text (a string, or a number as written) starts in <see cref="RawRow.Text"/>.</param>
/// <param name="TextLength">The length of the value's text.</param>
public readonly record struct RawField(int NameStart, int NameLength, RawValueKind Kind, double Number, int TextStart, int TextLength)
{
    /// <summary>Gets whether the value was given by position rather than by name.</summary>
    public bool IsPositional => NameLength < 0;
}
