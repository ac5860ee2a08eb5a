using System.Text;

namespace Osprey.Core.Pipelines.Tasks.Validation;

/// <summary>Reads CSV records (RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks) one at a time from a text reader.</summary>
internal sealed class CsvRecordReader(TextReader reader, char delimiter)
{
    private readonly StringBuilder _field = new();

    /// <summary>Reads the next record, or null at the end; a blank line is a record with one empty field.</summary>
    public List<string>? Read()
    {
        var next = reader.Read();
        if (next < 0)
        {
            return null;
        }
        var fields = new List<string>();
        var quoted = false;
        _field.Clear();
        for (; next >= 0; next = reader.Read())
        {
            var c = (char)next;
            if (quoted)
            {
                if (c != '"')
                {
                    _field.Append(c);
                }
                else if (reader.Peek() == '"')
                {
                    _field.Append((char)reader.Read());
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(_field.ToString());
                _field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }
                break;
            }
            else
            {
                _field.Append(c);
            }
        }
        fields.Add(_field.ToString());
        return fields;
    }
}
