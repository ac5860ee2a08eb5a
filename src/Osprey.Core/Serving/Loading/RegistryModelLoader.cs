using System.Globalization;
using Osprey.Core.Artifacts;
using Osprey.Core.Learning.Jobs;
using Osprey.Core.Learning.Models;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;

namespace Osprey.Core.Serving.Loading;

/// <summary>Resolves references through the registry and loads versions with the learning jobs' <see cref="ModelLoader"/> (a run's <c>model/model.json</c>, or an XGBoost JSON model).</summary>
public sealed class RegistryModelLoader(IModelVersionService versions, IRunService runs, IRunArtifactService artifacts) : IServedModelLoader
{
    private readonly ModelLoader _loader = new(versions, runs, artifacts);

    /// <inheritdoc/>
    public Task<ModelVersion> ResolveAsync(ModelReference reference, CancellationToken ct) => versions.ResolveAsync(reference.ToString(), ct);

    /// <inheritdoc/>
    public async Task<TrainedModel> LoadAsync(ModelVersion version, CancellationToken ct) =>
        (await _loader.LoadAsync(string.Create(CultureInfo.InvariantCulture, $"models:/{version.Name}/{version.Version}"), ct)).Model;
}
