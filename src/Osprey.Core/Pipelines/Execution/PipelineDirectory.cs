using Osprey.Core.Pipelines.Definitions;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>Every pipeline of a workspace: the YAML files in its <c>pipelines/</c> folder, the YAML registered in the store, and pipelines
/// handed over in-process (<c>osprey run FILE</c>). Files are re-read when they change; a file wins over a registration of the same name.</summary>
public sealed class PipelineDirectory(string folder, IPipelineStore store, ITaskTypeCatalog types)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTime Written, long Length, LoadedPipeline Pipeline)> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LoadedPipeline> _adopted = new(StringComparer.Ordinal);

    /// <summary>Gets the folder scanned for <c>*.yaml</c> and <c>*.yml</c> files.</summary>
    public string Folder { get; } = folder;

    /// <summary>Gets the task types pipelines are checked against.</summary>
    public ITaskTypeCatalog Types { get; } = types;

    /// <summary>Lists every pipeline, by name (invalid ones included, with their errors).</summary>
    public async Task<IReadOnlyList<LoadedPipeline>> ListAsync(CancellationToken ct)
    {
        var byName = new SortedDictionary<string, LoadedPipeline>(StringComparer.Ordinal);
        foreach (var pipeline in ScanFolder())
        {
            byName[pipeline.Name] = byName.TryGetValue(pipeline.Name, out var first)
                ? first with { Definition = null, Errors = [.. first.Errors, $"{pipeline.Origin} defines a pipeline of the same name; rename one of them"] }
                : pipeline;
        }
        foreach (var record in (await store.ListAsync(ct)).Where(r => r.Source is not null))
        {
            byName.TryAdd(record.Name, Load(record));
        }
        lock (_gate)
        {
            foreach (var (name, pipeline) in _adopted)
            {
                byName.TryAdd(name, pipeline);
            }
        }
        return [.. byName.Values];
    }

    /// <summary>Finds a pipeline by name, or null.</summary>
    public async Task<LoadedPipeline?> FindAsync(string name, CancellationToken ct) =>
        (await ListAsync(ct)).FirstOrDefault(p => p.Name == name);

    /// <summary>Gets a pipeline by name; throws <see cref="ErrorCode.NotFound"/> naming the folder when there is none.</summary>
    public async Task<LoadedPipeline> GetAsync(string name, CancellationToken ct) =>
        await FindAsync(name, ct) ?? throw OspreyException.NotFound(
            $"Pipeline '{name}' does not exist: it is neither a file in {Folder} nor registered (osprey pipelines register FILE).");

    /// <summary>Parses YAML with this directory's task types.</summary>
    public LoadedPipeline Parse(string fileName, string origin, string source) =>
        LoadedPipeline.Load(fileName, origin, source, Types, Path.GetFileNameWithoutExtension(fileName));

    /// <summary>Makes a pipeline known to this process only (a file run with <c>osprey run</c>), so its runs can be restored by name.</summary>
    public void Adopt(LoadedPipeline pipeline)
    {
        lock (_gate)
        {
            _adopted[pipeline.Name] = pipeline;
        }
    }

    private LoadedPipeline Load(PipelineRecord record) => Parse($"{record.Name}.yaml", LoadedPipeline.Registered, record.Source!);

    private List<LoadedPipeline> ScanFolder()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }
        var files = Directory.EnumerateFiles(Folder, "*.yaml").Concat(Directory.EnumerateFiles(Folder, "*.yml")).Order(StringComparer.Ordinal).ToList();
        var loaded = new List<LoadedPipeline>(files.Count);
        lock (_gate)
        {
            foreach (var path in files)
            {
                var info = new FileInfo(path);
                if (!_files.TryGetValue(path, out var cached) || cached.Written != info.LastWriteTimeUtc || cached.Length != info.Length)
                {
                    cached = (info.LastWriteTimeUtc, info.Length, Parse(Path.GetFileName(path), path, File.ReadAllText(path)));
                    _files[path] = cached;
                }
                loaded.Add(cached.Pipeline);
            }
            foreach (var gone in _files.Keys.Except(files).ToList())
            {
                _files.Remove(gone);
            }
        }
        return loaded;
    }
}
