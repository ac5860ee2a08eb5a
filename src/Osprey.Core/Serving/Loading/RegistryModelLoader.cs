using System.Text;
using Osprey.Core.Artifacts;
using Osprey.Core.Learning.Import;
using Osprey.Core.Learning.Models;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;

namespace Osprey.Core.Serving.Loading;

/// <summary>
/// Loads registered versions through the registry and the run artifact service: a version's source <c>runs:/&lt;run&gt;/model</c> (or an
/// artifact URI inside its run) names a folder holding <c>model.json</c>, or a <c>.json</c> file itself; XGBoost JSON models are imported on the fly.
/// </summary>
public sealed class RegistryModelLoader(IModelVersionService versions, IRunService runs, IRunArtifactService artifacts) : IServedModelLoader
{
    /// <summary>The model file's name inside a model folder.</summary>
    public const string ModelFileName = "model.json";

    private const string RunsScheme = "runs:/";

    /// <inheritdoc/>
    public Task<ModelVersion> ResolveAsync(ModelReference reference, CancellationToken ct) => versions.ResolveAsync(reference.ToString(), ct);

    /// <inheritdoc/>
    public async Task<TrainedModel> LoadAsync(ModelVersion version, CancellationToken ct)
    {
        var (runId, path) = await LocateAsync(version, ct);
        using var buffer = new MemoryStream();
        try
        {
            await using var stream = await artifacts.OpenReadAsync(runId, path, ct);
            await stream.CopyToAsync(buffer, ct);
        }
        catch (OspreyException error) when (error.Code == ErrorCode.NotFound)
        {
            throw OspreyException.NotFound($"Version {version.Version} of '{version.Name}' has no model file: run {runId} has no '{path}'.");
        }
        return Parse(buffer.ToArray(), $"{RunsScheme}{runId}/{path}");
    }

    /// <summary>Reads an Osprey model file, or imports an XGBoost JSON model, from its bytes.</summary>
    public static TrainedModel Parse(byte[] content, string source)
    {
        // Osprey writes "format" first; XGBoost's JSON has a "gradient_booster" object and no "format".
        var head = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 256));
        if (!head.Contains("\"format\"", StringComparison.Ordinal) && content.AsSpan().IndexOf("\"gradient_booster\""u8) >= 0)
        {
            return XgboostImporter.Import(content, source);
        }
        using var stream = new MemoryStream(content, writable: false);
        return ModelFile.Load(stream, source);
    }

    private async Task<(string RunId, string Path)> LocateAsync(ModelVersion version, CancellationToken ct)
    {
        if (version.Source.StartsWith(RunsScheme, StringComparison.Ordinal))
        {
            var rest = version.Source[RunsScheme.Length..].TrimStart('/');
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            return slash < 0 ? (rest, ModelFileName) : (rest[..slash], FilePath(rest[(slash + 1)..]));
        }
        if (version.RunId is { } linked && version.Source.StartsWith(ArtifactUri.Scheme, StringComparison.Ordinal))
        {
            var root = (await runs.GetAsync(linked, ct)).Info.ArtifactUri.TrimEnd('/');
            if (version.Source == root || version.Source.StartsWith(root + "/", StringComparison.Ordinal))
            {
                return (linked, FilePath(version.Source[root.Length..]));
            }
        }
        throw OspreyException.Invalid(
            $"Version {version.Version} of '{version.Name}' has the source '{version.Source}', which is not inside a run's artifacts, so Osprey cannot read its model file.");
    }

    // A folder holds model.json; a path ending in .json is the file itself.
    private static string FilePath(string folder)
    {
        var trimmed = folder.Trim('/');
        return trimmed.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? trimmed
            : trimmed.Length == 0 ? ModelFileName
            : $"{trimmed}/{ModelFileName}";
    }
}
