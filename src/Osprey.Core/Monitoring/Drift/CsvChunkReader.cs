using System.Globalization;
using System.Text;
using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>
/// Streams a CSV file as <see cref="DataChunk"/>s of whole records, one block of about <see cref="BlockBytes"/> at a time, so memory does not
/// grow with the file. Missing values follow the workspace's CSV rules (empty, NA, N/A, null, NULL, ?).
/// </summary>
public sealed class CsvChunkReader(string path, char delimiter = ',')
{
    /// <summary>The bytes read per block.</summary>
    public const int BlockBytes = 4 << 20;

    private readonly MissingTokenSet _missing = new(CsvOptions.DefaultMissingTokens);

    /// <summary>Infers each column's type from the first <paramref name="sampleRows"/> records: numerical when every present value is a number (or none is present).</summary>
    public IReadOnlyList<ColumnSchema> InferSchema(int sampleRows = 10_000)
    {
        var header = Header();
        var numeric = Enumerable.Repeat(true, header.Count).ToArray();
        var seen = 0;
        foreach (var (fields, _) in Records())
        {
            for (var c = 0; c < header.Count; c++)
            {
                var text = fields[c].AsSpan().Trim(" \t");
                if (numeric[c] && !IsMissing(text) && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    numeric[c] = false;
                }
            }
            if (++seen >= sampleRows)
            {
                break;
            }
        }
        return header.Select((name, i) => new ColumnSchema(name, numeric[i] ? ColumnType.Numerical : ColumnType.Categorical)).ToList();
    }

    /// <summary>Returns the column names of the header; throws <see cref="ErrorCode.InvalidParameter"/> for an empty file.</summary>
    public IReadOnlyList<string> Header()
    {
        foreach (var (fields, _) in Records(includeHeader: true))
        {
            return fields.Select(f => f.Trim()).ToList();
        }
        throw OspreyException.Invalid($"{path} is empty; expected a header row naming the columns.");
    }

    /// <summary>
    /// Reads the file as chunks holding the <paramref name="columns"/> (by name, in that order); reports bytes read to <paramref name="progress"/>.
    /// Two sets of chunk arrays from the shared array pool are used in turn and go back to the pool when the enumerator is disposed, so a
    /// chunk's arrays are overwritten two chunks later: consume a chunk before asking for the one after next (as <see cref="ProfileBuilder"/>
    /// does), or copy it.
    /// </summary>
    /// <exception cref="OspreyException">A column is absent, or a numerical column holds text (naming the line).</exception>
    public IEnumerable<DataChunk> Read(IReadOnlyList<ColumnSchema> columns, IProgress<long>? progress = null) =>
        new PooledChunks(sets => Blocks(columns, progress, sets));

    private IEnumerable<DataChunk> Blocks(IReadOnlyList<ColumnSchema> columns, IProgress<long>? progress, DataChunk?[] sets)
    {
        var header = Header();
        var positions = columns.Select(c => Position(header, c.Name)).ToArray();
        var labels = columns.Select(c => c.Type == ColumnType.Categorical ? new LabelTable() : null).ToArray();
        using var stream = Open();
        var buffer = new byte[BlockBytes];
        int filled = 0, line = 2, turn = 0;
        var first = true;
        while (true)
        {
            filled += ReadFull(stream, buffer.AsSpan(filled));
            var atEnd = filled < buffer.Length;
            var cut = atEnd ? filled : LastRecordEnd(buffer.AsSpan(0, filled));
            if (cut < 0)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
                continue;
            }
            var start = first ? HeaderEnd(buffer.AsSpan(0, cut)) : 0;
            first = false;
            var set = sets[turn % 2] = ChunkArrays.Rent(columns, buffer.AsSpan(start, cut - start).Count((byte)'\n') + 1, sets[turn % 2]);
            turn++;
            var chunk = Parse(buffer.AsSpan(start, cut - start), new ParseTarget(columns, positions, header.Count, set, labels), ref line);
            progress?.Report(stream.Position - (filled - cut));
            if (chunk.Rows > 0)
            {
                yield return chunk;
            }
            if (atEnd)
            {
                yield break;
            }
            buffer.AsSpan(cut, filled - cut).CopyTo(buffer);
            filled -= cut;
        }
    }

    private DataChunk Parse(ReadOnlySpan<byte> block, ParseTarget target, ref int line)
    {
        var (columns, positions, width) = (target.Columns, target.Positions, target.Width);
        var (numbers, labels) = (target.Set.Numbers, target.Set.Labels);
        var tokenizer = new CsvTokenizer(block, (byte)delimiter);
        var fields = new CsvField[Math.Max(width, 8)];
        var rows = 0;
        while (!tokenizer.AtEnd)
        {
            var recordLine = line + tokenizer.Line - 1;
            if (tokenizer.ReadRecord(ref fields, out var count) is { } error)
            {
                throw OspreyException.Invalid(error.Describe(path));
            }
            if (count == 1 && fields[0].Length == 0)
            {
                continue;
            }
            if (count != width)
            {
                throw OspreyException.Invalid($"{path} line {recordLine}: found {count} fields but the header has {width}.");
            }
            for (var c = 0; c < columns.Count; c++)
            {
                var field = fields[positions[c]];
                var text = Unquote(block.Slice(field.Start, field.Length), field.HasEscapedQuotes).Trim(" \t"u8);
                var missing = _missing.IsMissing(text);
                if (numbers[c] is { } column)
                {
                    column[rows] = missing ? double.NaN : ParseNumber(text, columns[c].Name, recordLine);
                }
                else
                {
                    labels[c]![rows] = missing ? null : target.Labels[c]!.Get(text);
                }
            }
            rows++;
        }
        line += tokenizer.Line - 1;
        return target.Set with { Rows = rows };
    }

    private double ParseNumber(ReadOnlySpan<byte> text, string column, int line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
            : throw OspreyException.Invalid($"{path} line {line}: column '{column}' is numerical (from the reference's first rows) but holds '{Encoding.UTF8.GetString(text)}'; "
                + "fix the value or give the column a type with --column-type.");

    private static ReadOnlySpan<byte> Unquote(ReadOnlySpan<byte> value, bool escaped) =>
        escaped ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(value).Replace("\"\"", "\"", StringComparison.Ordinal)) : value;

    private bool IsMissing(ReadOnlySpan<char> text) => _missing.IsMissing(text, isNull: false);

    private int Position(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i] == name)
            {
                return i;
            }
        }
        throw OspreyException.Invalid($"{path} has no column '{name}' (it has {string.Join(", ", header)}).");
    }

    private FileStream Open() => File.Exists(path)
        ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16)
        : throw OspreyException.NotFound($"The data file '{path}' does not exist.");

    private static int ReadFull(Stream stream, Span<byte> target)
    {
        var total = 0;
        while (total < target.Length && stream.Read(target[total..]) is var read and > 0)
        {
            total += read;
        }
        return total;
    }

    // The end of the last complete record: just after the last newline that is outside quotes.
    private static int LastRecordEnd(ReadOnlySpan<byte> data)
    {
        var inQuotes = false;
        var last = -1;
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (b == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (b == '\n' && !inQuotes)
            {
                last = i + 1;
            }
        }
        return last;
    }

    private static int HeaderEnd(ReadOnlySpan<byte> data)
    {
        var inQuotes = false;
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (data[i] == '\n' && !inQuotes)
            {
                return i + 1;
            }
        }
        return data.Length;
    }

    private IEnumerable<(string[] Fields, int Line)> Records(bool includeHeader = false)
    {
        using var reader = new StreamReader(Open());
        var records = new Pipelines.Tasks.Validation.CsvRecordReader(reader, delimiter);
        var line = 0;
        if (!includeHeader && records.Read() is null)
        {
            yield break;
        }
        while (records.Read() is { } row)
        {
            line++;
            if (row is [""])
            {
                continue;
            }
            yield return ([.. row], line);
        }
    }
}
