namespace Osprey.Core.Serving.Releases;

/// <summary>The models one server serves, found by name without allocating.</summary>
public sealed class ServedModels
{
    private readonly Dictionary<string, ModelDeployment>.AlternateLookup<ReadOnlySpan<char>> _byName;

    /// <summary>Creates the set; throws <see cref="ErrorCode.InvalidParameter"/> when two references name the same model.</summary>
    public ServedModels(IReadOnlyList<ModelDeployment> deployments)
    {
        var byName = new Dictionary<string, ModelDeployment>(StringComparer.Ordinal);
        foreach (var deployment in deployments)
        {
            if (!byName.TryAdd(deployment.Name, deployment))
            {
                throw OspreyException.Invalid($"The model '{deployment.Name}' is given twice; serve each model once (use --canary for a second version).");
            }
        }
        All = deployments;
        _byName = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets every deployment in the order given.</summary>
    public IReadOnlyList<ModelDeployment> All { get; }

    /// <summary>Gets the only deployment when there is exactly one (requests may then omit the model name), else null.</summary>
    public ModelDeployment? Single => All.Count == 1 ? All[0] : null;

    /// <summary>Gets whether every deployment has a loaded version.</summary>
    public bool AllLoaded => All.All(d => d.Plan is not null);

    /// <summary>Gets whether any deployment has a loaded version.</summary>
    public bool AnyLoaded => All.Any(d => d.Plan is not null);

    /// <summary>Returns the deployment of a model, or null.</summary>
    public ModelDeployment? Find(ReadOnlySpan<char> name) => _byName.TryGetValue(name, out var deployment) ? deployment : null;

    /// <summary>Returns the deployment of a model; throws <see cref="ErrorCode.NotFound"/> naming the served models when there is none.</summary>
    public ModelDeployment Get(string name) => Find(name) ?? throw OspreyException.NotFound(
        $"This server does not serve a model named '{name}'; it serves {string.Join(", ", All.Select(d => $"'{d.Name}'"))}.");
}
