using System.Buffers;
using System.Text;

namespace Osprey.Core.Data;

/// <summary>Splits UTF-8 CSV bytes into records of fields (RFC 4180 quoting, CRLF or LF) without copying them.</summary>
internal ref struct CsvTokenizer
{
    private const byte Quote = (byte)'"';
    private readonly ReadOnlySpan<byte> _data;
    private readonly byte _delimiter;
    private readonly SearchValues<byte> _fieldEnds;
    private int _position;
    private int _lineStart;

    public CsvTokenizer(ReadOnlySpan<byte> data, byte delimiter)
    {
        _data = data;
        _delimiter = delimiter;
        _fieldEnds = SearchValues.Create([delimiter, (byte)'\r', (byte)'\n']);
        Line = 1;
    }

    /// <summary>Gets the 1-based physical line where the next record starts.</summary>
    public int Line { get; private set; }

    /// <summary>Makes the next record's line <paramref name="line"/>: content cut from a larger file counts lines as the file does.</summary>
    public void Renumber(int line) => Line = line;

    public readonly bool AtEnd => _position >= _data.Length;

    /// <summary>Reads the next record into <paramref name="fields"/> (growing it as needed); returns an error for malformed quoting.</summary>
    public CsvError? ReadRecord(ref CsvField[] fields, out int count)
    {
        count = 0;
        while (true)
        {
            if (count == fields.Length)
            {
                Array.Resize(ref fields, fields.Length * 2);
            }
            var error = _position < _data.Length && _data[_position] == Quote
                ? ReadQuoted(out fields[count])
                : ReadUnquoted(out fields[count]);
            if (error is not null)
            {
                return error;
            }
            count++;
            if (_position >= _data.Length)
            {
                return null;
            }
            if (_data[_position] == _delimiter)
            {
                _position++;
                continue;
            }
            SkipNewline();
            return null;
        }
    }

    /// <summary>Returns the 1-based character column of a byte position on the current line.</summary>
    public readonly int ColumnOf(int position) => Encoding.UTF8.GetCharCount(_data[_lineStart..position]) + 1;

    private CsvError? ReadUnquoted(out CsvField field)
    {
        var rest = _data[_position..];
        var length = rest.IndexOfAny(_fieldEnds);
        if (length < 0)
        {
            length = rest.Length;
        }
        field = new CsvField(_position, length, false);
        _position += length;
        return null;
    }

    private CsvError? ReadQuoted(out CsvField field)
    {
        var opening = _position;
        var openingLine = Line;
        var openingColumn = ColumnOf(opening);
        var cursor = opening + 1;
        var escaped = false;
        while (true)
        {
            var offset = _data[cursor..].IndexOf(Quote);
            if (offset < 0)
            {
                field = default;
                return new CsvError(openingLine, openingColumn, "a quoted field is never closed (missing '\"').");
            }
            CountNewlines(cursor, cursor + offset);
            cursor += offset;
            if (cursor + 1 < _data.Length && _data[cursor + 1] == Quote)
            {
                escaped = true;
                cursor += 2;
                continue;
            }
            break;
        }
        field = new CsvField(opening + 1, cursor - opening - 1, escaped);
        _position = cursor + 1;
        if (_position < _data.Length && _data[_position] != _delimiter && _data[_position] != '\r' && _data[_position] != '\n')
        {
            return new CsvError(Line, ColumnOf(_position), "unexpected character after a closing quote; a quote inside a quoted field must be doubled (\"\").");
        }
        return null;
    }

    private void CountNewlines(int from, int to)
    {
        var span = _data[from..to];
        var index = span.IndexOf((byte)'\n');
        while (index >= 0)
        {
            Line++;
            _lineStart = from + index + 1;
            var next = span[(index + 1)..].IndexOf((byte)'\n');
            index = next < 0 ? -1 : index + 1 + next;
        }
    }

    private void SkipNewline()
    {
        if (_data[_position] == '\r')
        {
            _position++;
        }
        if (_position < _data.Length && _data[_position] == '\n')
        {
            _position++;
        }
        Line++;
        _lineStart = _position;
    }
}
