using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>The on-call configuration of a workspace: the files in <c>alerting/</c> merged with definitions created over the API, re-read when either changes.</summary>
/// <remarks>A name declared in a file cannot be created or replaced over the API: files win, so what is in version control is what runs.</remarks>
public sealed class OnCallDefinitions(string folder, IOnCallDefinitionStore store) : IDisposable
{
    private const string ApiSource = "api";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile OnCallConfiguration _current = OnCallConfiguration.Empty;
    private (string Files, long Store)? _stamp;

    /// <summary>Gets the folder the definition files are read from.</summary>
    public string Folder => folder;

    /// <summary>Gets the last configuration that loaded without errors (empty before the first).</summary>
    public OnCallConfiguration Current => _current;

    /// <summary>Re-reads the files and stored definitions when either changed since the last read; keeps the last good configuration when the new one has errors.</summary>
    public async Task<OnCallLoadResult> RefreshAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var stamp = (FileStamp(), await store.VersionAsync(ct));
            if (_stamp == stamp)
            {
                return new OnCallLoadResult(_current, []);
            }
            var result = await LoadAsync(null, ct);
            _stamp = stamp;
            if (result.Configuration is { } configuration)
            {
                _current = configuration;
            }
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Checks and stores a definition of <paramref name="kind"/> named <paramref name="name"/> from YAML or JSON text; throws <see cref="ErrorCode.InvalidParameter"/> listing every problem, or <see cref="ErrorCode.Conflict"/> when a file declares the name.</summary>
    public async Task PutAsync(DefinitionKind kind, string name, string text, long now, CancellationToken ct)
    {
        var item = new OnCallDocument();
        var errors = OnCallYamlLoader.ReadItem(item, kind, ApiSource, text);
        if (errors.Count > 0)
        {
            throw OspreyException.Invalid(string.Join(Environment.NewLine, errors));
        }
        var declared = NamesOf(item).SingleOrDefault();
        if (declared != name)
        {
            throw OspreyException.Invalid($"The definition's name is '{declared}' but the request names '{name}'; they must match.");
        }
        var (files, fileErrors) = OnCallYamlLoader.ReadFolder(folder);
        if (files.Any(d => NamesOf(d, kind).Contains(name)))
        {
            throw new OspreyException(ErrorCode.Conflict, $"The {DefinitionSections.Of(kind)} entry '{name}' is declared in a file under {folder}; edit the file instead (files take precedence over the API).");
        }
        var result = await LoadAsync(new StoredDefinition(kind, name, text, now), ct);
        if (!result.Success && fileErrors.Count == 0)
        {
            throw OspreyException.Invalid(string.Join(Environment.NewLine, result.Errors));
        }
        await store.PutAsync(new StoredDefinition(kind, name, text, now), ct);
        await RefreshAsync(ct);
    }

    /// <summary>Deletes a stored definition; throws <see cref="ErrorCode.NotFound"/> when the API never created it.</summary>
    public async Task DeleteAsync(DefinitionKind kind, string name, CancellationToken ct)
    {
        await store.DeleteAsync(kind, name, ct);
        await RefreshAsync(ct);
    }

    /// <summary>Returns the definitions created over the API.</summary>
    public Task<IReadOnlyList<StoredDefinition>> ListStoredAsync(CancellationToken ct) => store.ListAsync(ct);

    public void Dispose() => _gate.Dispose();

    private async Task<OnCallLoadResult> LoadAsync(StoredDefinition? replacing, CancellationToken ct)
    {
        var (documents, errors) = OnCallYamlLoader.ReadFolder(folder);
        var all = new List<OnCallDocument>(documents);
        var problems = new List<PipelineLoadError>(errors);
        var stored = (await store.ListAsync(ct)).Where(s => replacing is null || s.Kind != replacing.Kind || s.Name != replacing.Name).ToList();
        if (replacing is not null)
        {
            stored.Add(replacing);
        }
        var api = new OnCallDocument();
        foreach (var definition in stored)
        {
            problems.AddRange(OnCallYamlLoader.ReadItem(api, definition.Kind, $"{ApiSource} {DefinitionSections.Of(definition.Kind)}/{definition.Name}", definition.Text));
        }
        all.Add(api);
        var built = OnCallConfigurationBuilder.Build(all);
        return problems.Count == 0 ? built : new OnCallLoadResult(null, [.. problems, .. built.Errors]);
    }

    private string FileStamp() => !Directory.Exists(folder)
        ? ""
        : string.Join('|', Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(f => $"{f}:{File.GetLastWriteTimeUtc(f).Ticks}:{new FileInfo(f).Length}"));

    private static IEnumerable<string> NamesOf(OnCallDocument d, DefinitionKind? kind = null) => kind switch
    {
        DefinitionKind.User => d.Users.Select(x => x.Value.Name),
        DefinitionKind.Team => d.Teams.Select(x => x.Value.Name),
        DefinitionKind.Schedule => d.Schedules.Select(x => x.Value.Name),
        DefinitionKind.EscalationPolicy => d.Policies.Select(x => x.Value.Name),
        DefinitionKind.Route => d.Rules.Select(x => x.Value.Name),
        DefinitionKind.Channel => d.Channels.Select(x => x.Value.Name),
        DefinitionKind.QuietHours => d.QuietHours.Select(x => x.Value.Name),
        _ => Enum.GetValues<DefinitionKind>().SelectMany(k => NamesOf(d, k)),
    };
}
