using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>Reads on-call definitions from YAML (whole <c>alerting/*.yaml</c> files, or single items sent to the API) with the same positioned errors as pipeline files.</summary>
public static class OnCallYamlLoader
{
    /// <summary>Reads a whole file; the document is null when the file has errors.</summary>
    public static (OnCallDocument? Document, IReadOnlyList<PipelineLoadError> Errors) ReadFile(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        SpecNode? root;
        try
        {
            root = SpecReader.Read(text);
        }
        catch (SpecException e)
        {
            return (null, [new PipelineLoadError(fileName, e.Mark, "", e.Message)]);
        }
        if (root is null)
        {
            return (new OnCallDocument(), []);
        }
        if (root is not SpecMapping map)
        {
            return (null, [new PipelineLoadError(fileName, root.Start, "", $"an on-call file must be a map of sections ({string.Join(", ", DefinitionSections.All)})")]);
        }
        var context = new SpecContext(fileName);
        var document = new OnCallSpecReader(fileName, new OnCallFields(context)).Read(map);
        return context.Errors.Count == 0 ? (document, []) : (null, Sorted(context.Errors));
    }

    /// <summary>Reads one definition of a kind (YAML or JSON text) into <paramref name="document"/>; returns its errors, named after <paramref name="source"/>.</summary>
    public static IReadOnlyList<PipelineLoadError> ReadItem(OnCallDocument document, DefinitionKind kind, string source, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var field = DefinitionSections.Of(kind);
        SpecNode? root;
        try
        {
            root = SpecReader.Read(text);
        }
        catch (SpecException e)
        {
            return [new PipelineLoadError(source, e.Mark, "", e.Message)];
        }
        if (root is null)
        {
            return [new PipelineLoadError(source, null, "", "the definition is empty")];
        }
        var context = new SpecContext(source);
        new OnCallSpecReader(source, new OnCallFields(context)).ReadItem(document, kind, root, field);
        return Sorted(context.Errors);
    }

    /// <summary>Reads every <c>*.yaml</c> and <c>*.yml</c> file in a folder (none when it does not exist), in name order.</summary>
    public static (IReadOnlyList<OnCallDocument> Documents, IReadOnlyList<PipelineLoadError> Errors) ReadFolder(string folder)
    {
        var documents = new List<OnCallDocument>();
        var errors = new List<PipelineLoadError>();
        if (!Directory.Exists(folder))
        {
            return (documents, errors);
        }
        var files = Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var (document, fileErrors) = ReadFile(Path.GetFileName(file), File.ReadAllText(file));
            errors.AddRange(fileErrors);
            if (document is not null)
            {
                documents.Add(document);
            }
        }
        return (documents, errors);
    }

    private static List<PipelineLoadError> Sorted(IEnumerable<PipelineLoadError> errors) =>
        errors.OrderBy(e => e.Mark?.Line ?? 0).ThenBy(e => e.Mark?.Column ?? 0).ToList();
}
