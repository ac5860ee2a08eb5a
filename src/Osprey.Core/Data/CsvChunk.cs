namespace Osprey.Core.Data;

/// <summary>
/// Whole records of a CSV file, preceded by the file's header record (after the first chunk, a copy of it), so the chunk
/// parses on its own; <see cref="FirstDataLine"/> is the file line of its first record (0 for the first chunk, whose lines are the file's).
/// </summary>
public sealed record CsvChunk(byte[] Content, int FirstDataLine)
{
    /// <summary>Returns the 1-based file line where data row <paramref name="row"/> (0-based within the chunk) starts.</summary>
    public int LineOf(int row)
    {
        var line = CsvRecordLines.LineOf(Content, row);
        return FirstDataLine == 0 ? line : FirstDataLine + line - CsvRecordLines.LineOf(Content, 0);
    }

    /// <summary>Parses the chunk with the given options; errors name the file lines of the records.</summary>
    public Table Parse(string source, CsvOptions options) => CsvTableReader.Parse(Content, source, options, FirstDataLine);
}
