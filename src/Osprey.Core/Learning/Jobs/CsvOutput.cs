using System.Buffers;
using System.Globalization;
using System.Text;

namespace Osprey.Core.Learning.Jobs;

/// <summary>Writes RFC 4180 CSV records (comma-separated, LF line ends, UTF-8 without BOM), quoting only fields that need it.</summary>
internal sealed class CsvOutput(TextWriter writer)
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private bool _atLineStart = true;

    /// <summary>Opens a file for writing CSV (UTF-8 without BOM), replacing it.</summary>
    public static StreamWriter OpenFile(string path) =>
        new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);

    /// <summary>Writes one text field; null writes an empty field.</summary>
    public void Field(string? value)
    {
        Separate();
        if (value is null)
        {
            return;
        }
        // Quoting also keeps leading/trailing spaces, which readers would otherwise trim away.
        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0 && (value.Length == 0 || (value[0] != ' ' && value[^1] != ' ')))
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    /// <summary>Writes a number so that parsing it gives back exactly the same double; NaN is written as an empty field.</summary>
    public void Field(double value)
    {
        Separate();
        if (!double.IsNaN(value))
        {
            Span<char> buffer = stackalloc char[32];
            value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
            writer.Write(buffer[..written]);
        }
    }

    /// <summary>Ends the current record.</summary>
    public void EndRecord()
    {
        writer.Write('\n');
        _atLineStart = true;
    }

    private void Separate()
    {
        if (!_atLineStart)
        {
            writer.Write(',');
        }
        _atLineStart = false;
    }
}
