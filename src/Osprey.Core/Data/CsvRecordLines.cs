namespace Osprey.Core.Data;

/// <summary>Finds the physical line of a data row in CSV bytes (after the header, skipping blank lines, counting newlines inside quotes) for error messages.</summary>
internal static class CsvRecordLines
{
    /// <summary>Returns the 1-based line where data row <paramref name="dataRow"/> (0-based, header excluded) starts.</summary>
    public static int LineOf(ReadOnlySpan<byte> data, int dataRow)
    {
        var target = dataRow + 1;
        var line = 1;
        var record = 0;
        var position = 0;
        while (position < data.Length)
        {
            var startLine = line;
            var start = position;
            var inQuotes = false;
            var newline = 0;
            for (; position < data.Length; position++)
            {
                var b = data[position];
                if (b == '"')
                {
                    inQuotes = !inQuotes;
                    continue;
                }
                if (b is not ((byte)'\n' or (byte)'\r'))
                {
                    continue;
                }
                newline = b == '\r' && position + 1 < data.Length && data[position + 1] == '\n' ? 2 : 1;
                if (!inQuotes)
                {
                    break;
                }
                line++;
                position += newline - 1;
            }
            if (position > start)
            {
                if (record == target)
                {
                    return startLine;
                }
                record++;
            }
            position += newline;
            line++;
        }
        return line;
    }
}
