using System.Text;

namespace Osprey.Core.Data;

/// <summary>Walks the records of UTF-8 CSV content, checking field counts and feeding trimmed fields to column builders.</summary>
internal sealed class CsvRecordSource(byte[] utf8, byte delimiter, string source, MissingTokenSet missing, int firstDataLine = 0)
{
    private CsvField[] _fields = new CsvField[64];
    private byte[] _scratch = new byte[256];

    /// <summary>Gets the byte length of the first record, used to estimate the row count.</summary>
    public int FirstRecordBytes { get; private set; }

    /// <summary>Returns the column names from the header, or column_1.. when there is none; throws for an empty input or duplicate names.</summary>
    public string[] ReadNames(bool hasHeader)
    {
        var tokenizer = new CsvTokenizer(utf8, delimiter);
        if (tokenizer.AtEnd)
        {
            throw OspreyException.Invalid($"{source} is empty; expected a header row naming the columns.");
        }
        var error = tokenizer.ReadRecord(ref _fields, out var count);
        if (error is not null)
        {
            throw OspreyException.Invalid(error.Describe(source));
        }
        FirstRecordBytes = _fields[count - 1].Start + _fields[count - 1].Length;
        if (!hasHeader)
        {
            return Enumerable.Range(1, count).Select(i => $"column_{i}").ToArray();
        }
        var names = new string[count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var field = _fields[i];
            var name = CsvTableReader.Decode(utf8.AsSpan(field.Start, field.Length), field.HasEscapedQuotes).Trim();
            names[i] = name.Length == 0 ? $"column_{i + 1}" : name;
            if (!seen.Add(names[i]))
            {
                throw OspreyException.Invalid($"{source} line 1: the header names column '{names[i]}' twice; column names must be unique.");
            }
        }
        return names;
    }

    /// <summary>Feeds every data record to the builders (only those selected, when a selection is given).</summary>
    public void Fill(ColumnBuilder[] builders, bool skipHeader, bool[]? selected)
    {
        var tokenizer = new CsvTokenizer(utf8, delimiter);
        if (skipHeader)
        {
            tokenizer.ReadRecord(ref _fields, out _);
        }
        if (firstDataLine > 0)
        {
            tokenizer.Renumber(firstDataLine);
        }
        while (!tokenizer.AtEnd)
        {
            var line = tokenizer.Line;
            var error = tokenizer.ReadRecord(ref _fields, out var count);
            if (error is not null)
            {
                throw OspreyException.Invalid(error.Describe(source));
            }
            if (count == 1 && _fields[0].Length == 0 && builders.Length != 1)
            {
                continue;
            }
            if (count != builders.Length)
            {
                throw FieldCountError(line, count, builders.Length);
            }
            for (var c = 0; c < count; c++)
            {
                if (selected is null || selected[c])
                {
                    AddField(builders[c], _fields[c]);
                }
            }
        }
    }

    private void AddField(ColumnBuilder builder, CsvField field)
    {
        ReadOnlySpan<byte> value = utf8.AsSpan(field.Start, field.Length);
        if (field.HasEscapedQuotes)
        {
            value = Unescape(value);
        }
        value = value.Trim(" \t"u8);
        if (missing.IsMissing(value))
        {
            builder.AddMissing();
        }
        else
        {
            builder.Add(value);
        }
    }

    private ReadOnlySpan<byte> Unescape(ReadOnlySpan<byte> value)
    {
        if (_scratch.Length < value.Length)
        {
            _scratch = new byte[value.Length * 2];
        }
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            _scratch[length++] = value[i];
            if (value[i] == '"' && i + 1 < value.Length && value[i + 1] == '"')
            {
                i++;
            }
        }
        return _scratch.AsSpan(0, length);
    }

    private OspreyException FieldCountError(int line, int count, int expected)
    {
        var last = _fields[Math.Min(count, expected) - 1];
        var lineStart = utf8.AsSpan(0, last.Start).LastIndexOfAny((byte)'\n', (byte)'\r') + 1;
        var position = count > expected ? _fields[expected].Start : last.Start + last.Length;
        var column = Encoding.UTF8.GetCharCount(utf8.AsSpan(lineStart, Math.Max(0, position - lineStart))) + 1;
        var problem = count > expected
            ? $"found {count} fields but the header has {expected}; the extra field starts here (an unquoted delimiter inside a value?)."
            : $"found {count} fields but the header has {expected}; the record ends early here.";
        return OspreyException.Invalid(new CsvError(line, column, problem).Describe(source));
    }
}
