namespace Osprey.Core.Pipelines.Yaml;

/// <summary>Loads pipeline files: reads the YAML, checks every field, builds the definition, and reports every problem with file, line and column.</summary>
public static class PipelineYamlLoader
{
    /// <summary>Loads a pipeline from <paramref name="text"/>; <paramref name="fileName"/> names it in messages and, without a <c>name:</c> field, gives the pipeline its name.</summary>
    public static PipelineLoadResult Load(string fileName, string text, ITaskTypeCatalog? types = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        SpecNode? root;
        try
        {
            root = SpecReader.Read(text);
        }
        catch (SpecException e)
        {
            return Fail(new PipelineLoadError(fileName, e.Mark, "", e.Message));
        }
        if (root is not SpecMapping map)
        {
            var mark = root?.Start ?? new SourceMark(1, 1);
            return Fail(new PipelineLoadError(fileName, mark, "", "a pipeline file must be a map of fields such as name, schedule and tasks"));
        }

        var context = new SpecContext(fileName);
        var builder = new PipelineSpecReader(context).Read(map, Path.GetFileNameWithoutExtension(fileName));
        var built = builder.Build(types);

        // A field that could not be read was left unset; problems the builder then finds beneath it would only repeat the first error.
        var unreadable = context.Errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        var errors = context.Errors
            .Concat(built.Problems.Where(p => !unreadable.Any(f => p.Field == f || p.Field.StartsWith(f + ".", StringComparison.Ordinal))).Select(context.Place))
            .OrderBy(e => e.Mark?.Line ?? 0).ThenBy(e => e.Mark?.Column ?? 0)
            .ToList();
        return errors.Count == 0 ? new PipelineLoadResult(built.Definition, []) : new PipelineLoadResult(null, errors);
    }

    /// <summary>Reads and loads the file at <paramref name="path"/>; a missing file throws <see cref="ErrorCode.NotFound"/>.</summary>
    public static PipelineLoadResult LoadFile(string path, ITaskTypeCatalog? types = null)
    {
        if (!File.Exists(path))
        {
            throw OspreyException.NotFound($"Pipeline file '{path}' does not exist.");
        }
        return Load(path, File.ReadAllText(path), types);
    }

    private static PipelineLoadResult Fail(PipelineLoadError error) => new(null, [error]);
}
