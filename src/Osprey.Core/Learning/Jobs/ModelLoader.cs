using System.Text;
using Osprey.Core.Artifacts;
using Osprey.Core.Learning.Import;
using Osprey.Core.Learning.Models;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;

namespace Osprey.Core.Learning.Jobs;

/// <summary>
/// Loads a model from <c>models:/name@alias</c> (or <c>/3</c>, <c>/latest</c>, <c>/Production</c>), <c>runs:/&lt;run&gt;/model</c>, or a local
/// model file or folder, reading registered files through the run artifact service so the same code works on a server.
/// </summary>
public sealed class ModelLoader(IModelVersionService versions, IRunService runs, IRunArtifactService artifacts)
{
    private const string ModelsScheme = "models:/";
    private const string RunsScheme = "runs:/";

    /// <summary>Creates a loader over a job's services.</summary>
    public ModelLoader(JobServices services) : this(services.Versions, services.Runs, services.Artifacts)
    {
    }

    /// <summary>Loads the referenced model; throws <see cref="ErrorCode.NotFound"/> for an unknown version, run or file and <see cref="ErrorCode.InvalidParameter"/> for a file that is not a model.</summary>
    public async Task<LoadedModel> LoadAsync(string reference, CancellationToken ct)
    {
        var trimmed = reference.Trim();
        if (trimmed.StartsWith(ModelsScheme, StringComparison.OrdinalIgnoreCase))
        {
            var version = await versions.ResolveAsync(trimmed, ct);
            var (runId, path) = await LocateAsync(version, ct);
            var model = await ReadRunFileAsync(runId, path, ct);
            return new LoadedModel(model, trimmed, $"{RunsScheme}{runId}/{path}", version, runId);
        }
        if (trimmed.StartsWith(RunsScheme, StringComparison.Ordinal))
        {
            var (runId, folder) = SplitRunUri(trimmed);
            var path = FilePath(folder);
            return new LoadedModel(await ReadRunFileAsync(runId, path, ct), trimmed, $"{RunsScheme}{runId}/{path}", null, runId);
        }
        var file = Directory.Exists(trimmed) ? Path.Combine(trimmed, ModelArtifacts.ModelFileName) : trimmed;
        if (!File.Exists(file))
        {
            throw OspreyException.NotFound(
                $"The model '{reference}' is neither a models:/ or runs:/ URI nor an existing model file or folder.");
        }
        return new LoadedModel(Parse(await File.ReadAllBytesAsync(file, ct), Path.GetFileName(file)), trimmed, Path.GetFullPath(file), null, null);
    }

    /// <summary>Reads a model from bytes: an Osprey model file, or an XGBoost JSON model (imported on the fly).</summary>
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
        var describe = $"Version {version.Version} of '{version.Name}'";
        if (version.Source.StartsWith(RunsScheme, StringComparison.Ordinal))
        {
            var (runId, folder) = SplitRunUri(version.Source);
            return (runId, FilePath(folder));
        }
        if (version.RunId is { } linked && version.Source.StartsWith(ArtifactUri.Scheme, StringComparison.Ordinal))
        {
            // An artifact URI inside the linked run's root names a folder or file of that run.
            var root = (await runs.GetAsync(linked, ct)).Info.ArtifactUri.TrimEnd('/');
            if (version.Source == root || version.Source.StartsWith(root + "/", StringComparison.Ordinal))
            {
                return (linked, FilePath(version.Source[root.Length..].TrimStart('/')));
            }
        }
        var kind = version.Source.StartsWith(ModelsScheme, StringComparison.OrdinalIgnoreCase) ? "an MLflow logged model" : "not a run's artifact folder";
        throw OspreyException.Invalid(
            $"{describe} has the source '{version.Source}', which is {kind}; Osprey reads model files from runs:/<run>/<folder> and run artifact folders only.");
    }

    private async Task<TrainedModel> ReadRunFileAsync(string runId, string path, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        try
        {
            await using var stream = await artifacts.OpenReadAsync(runId, path, ct);
            await stream.CopyToAsync(buffer, ct);
        }
        catch (OspreyException error) when (error.Code == ErrorCode.NotFound)
        {
            throw OspreyException.NotFound($"Run {runId} has no model file '{path}' (was the model logged by 'osprey train'?).");
        }
        return Parse(buffer.ToArray(), $"{RunsScheme}{runId}/{path}");
    }

    private static (string RunId, string Folder) SplitRunUri(string uri)
    {
        var rest = uri[RunsScheme.Length..].TrimStart('/');
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var runId = slash < 0 ? rest : rest[..slash];
        if (runId.Length == 0)
        {
            throw OspreyException.Invalid($"'{uri}' names no run; expected runs:/<run id>/model.");
        }
        return (runId, slash < 0 ? ModelArtifacts.ModelFolder : rest[(slash + 1)..]);
    }

    // A folder holds model.json; a path ending in .json is the file itself.
    private static string FilePath(string folder)
    {
        var trimmed = folder.Trim('/');
        return trimmed.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? trimmed
            : trimmed.Length == 0 ? ModelArtifacts.ModelFileName
            : $"{trimmed}/{ModelArtifacts.ModelFileName}";
    }
}
