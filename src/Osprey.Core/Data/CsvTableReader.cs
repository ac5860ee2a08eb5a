using System.Text;

namespace Osprey.Core.Data;

/// <summary>Reads a whole CSV file into a typed <see cref="Table"/>, inferring the schema unless the options override it.</summary>
public static class CsvTableReader
{
    /// <summary>Reads the file; throws <see cref="ErrorCode.NotFound"/> when it is absent and <see cref="ErrorCode.InvalidParameter"/> naming file, line and column when it is malformed.</summary>
    public static Table Read(string path, CsvOptions? options = null)
    {
        if (!File.Exists(path))
        {
            throw OspreyException.NotFound($"The data file '{path}' does not exist.");
        }
        return Parse(File.ReadAllBytes(path), Path.GetFileName(path), options);
    }

    /// <summary>Parses CSV content (any supported encoding); <paramref name="source"/> names it in error messages.</summary>
    public static Table Parse(byte[] content, string source, CsvOptions? options = null) => Parse(content, source, options, 0);

    /// <summary>Parses CSV content whose first data record is on file line <paramref name="firstDataLine"/> (0: the line after the header), for chunks of a larger file.</summary>
    internal static Table Parse(byte[] content, string source, CsvOptions? options, int firstDataLine)
    {
        options ??= new CsvOptions();
        var (utf8, _) = TextDecoding.ToUtf8(content);
        var delimiter = options.Delimiter is { } chosen ? checked((byte)chosen) : DelimiterDetector.Detect(utf8);
        var reader = new CsvRecordSource(utf8, delimiter, source, new MissingTokenSet(options.MissingTokens), firstDataLine);
        var names = reader.ReadNames(options.HasHeader);
        CheckOverrides(names, options, source);
        var capacity = utf8.Length / Math.Max(1, reader.FirstRecordBytes) + 16;
        var builders = names.Select(n => new ColumnBuilder(n, capacity, options.ColumnKinds.ContainsKey(n))).ToArray();
        reader.Fill(builders, options.HasHeader, null);
        var needsStrings = builders.Select(b => b.NeedsStringPass).ToArray();
        if (needsStrings.Contains(true))
        {
            for (var c = 0; c < builders.Length; c++)
            {
                builders[c] = needsStrings[c] ? new ColumnBuilder(names[c], capacity, keepStrings: true) : builders[c];
            }
            reader.Fill(builders, options.HasHeader, needsStrings);
        }
        var columns = new Column[builders.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            var kind = options.ColumnKinds.TryGetValue(names[c], out var declared) ? declared : SchemaInferrer.Infer(builders[c], options);
            columns[c] = ColumnFactory.Create(builders[c], kind, source);
        }
        return new Table(columns);
    }

    private static void CheckOverrides(IReadOnlyList<string> names, CsvOptions options, string source)
    {
        foreach (var name in options.ColumnKinds.Keys)
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                throw OspreyException.Invalid(
                    $"The schema names column '{name}', which is not in {source}; its columns are: {string.Join(", ", names)}.");
            }
        }
    }

    /// <summary>Returns the UTF-8 text of a field with doubled quotes collapsed.</summary>
    internal static string Decode(ReadOnlySpan<byte> field, bool hasEscapedQuotes)
    {
        var text = Encoding.UTF8.GetString(field);
        return hasEscapedQuotes ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text;
    }
}
