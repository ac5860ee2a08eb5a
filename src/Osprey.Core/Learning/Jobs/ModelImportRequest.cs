namespace Osprey.Core.Learning.Jobs;

/// <summary>What <see cref="ModelImportJob"/> imports: an XGBoost JSON model, optionally evaluated on a data file, recorded in a run and registered.</summary>
public sealed record ModelImportRequest(string ModelPath)
{
    /// <summary>Gets the experiment name (created when missing), or null for the Default experiment.</summary>
    public string? Experiment { get; init; }

    /// <summary>Gets the run name, or null for a generated one.</summary>
    public string? RunName { get; init; }

    /// <summary>Gets a data file to evaluate the model on (every row), or null to import without metrics.</summary>
    public DataFile? Data { get; init; }

    /// <summary>Gets the target column of <see cref="Data"/> (XGBoost models do not name theirs).</summary>
    public string? Target { get; init; }

    /// <summary>Gets the binary decision threshold of the evaluation.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Gets the gates the evaluation must clear before the model is registered (they need <see cref="Data"/>).</summary>
    public IReadOnlyList<MetricGate> Gates { get; init; } = [];

    /// <summary>Gets the registered model name to add a version to, or null to register nothing.</summary>
    public string? RegisterAs { get; init; }

    /// <summary>Gets the alias to point at the new version (needs <see cref="RegisterAs"/>).</summary>
    public string? Alias { get; init; }
}
