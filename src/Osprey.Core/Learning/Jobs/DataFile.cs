using Osprey.Core.Data;

namespace Osprey.Core.Learning.Jobs;

/// <summary>A CSV file to read, with an optional schema file (JSON or YAML) and <c>name=kind</c> overrides that replace inference.</summary>
public sealed record DataFile(string Path, string? SchemaPath = null, IReadOnlyList<string>? KindOverrides = null)
{
    /// <summary>Gets the file's full path, as recorded in run tags and data set sources.</summary>
    public string FullPath => System.IO.Path.GetFullPath(Path);

    /// <summary>Gets the file's name without its folder and extension, used as the data set name.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>Returns the reading options: <paramref name="baseline"/> with the schema file and overrides applied.</summary>
    public CsvOptions Options(CsvOptions? baseline = null)
    {
        var options = baseline ?? new CsvOptions();
        if (SchemaPath is not null)
        {
            options = SchemaFile.Apply(options, SchemaPath);
        }
        foreach (var assignment in KindOverrides ?? [])
        {
            options = SchemaFile.ApplyOverride(options, assignment);
        }
        return options;
    }

    /// <summary>Reads the whole file; throws <see cref="ErrorCode.NotFound"/> when absent and <see cref="ErrorCode.InvalidParameter"/> naming file and line when malformed.</summary>
    public Table Read(CsvOptions? baseline = null) => Read(baseline, out _);

    /// <summary>Reads the whole file as <see cref="Read(CsvOptions?)"/> does, also returning the options it was read with.</summary>
    public Table Read(CsvOptions? baseline, out CsvOptions options)
    {
        if (!File.Exists(Path))
        {
            throw OspreyException.NotFound($"The data file '{Path}' does not exist.");
        }
        options = Options(baseline);
        return CsvTableReader.Read(Path, options);
    }
}
