using System.Text;
using System.Text.Json;
using Osprey.Core.Artifacts;
using Osprey.Core.Learning.Jobs;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>
/// Finds the reference profile of a registered model version: the run's <c>monitoring/reference_profile.json</c> when present; otherwise it profiles
/// the training data set the run logged (its source path), stores the profile there and returns it, so later checks never re-read the training file.
/// </summary>
public sealed class ReferenceProfiles(IModelVersionService versions, IRunService runs, IRunArtifactService artifacts)
{
    /// <summary>The artifact path of a model run's reference profile.</summary>
    public const string ArtifactPath = "monitoring/reference_profile.json";

    /// <summary>Returns the profile of <paramref name="modelUri"/>'s training data; throws <see cref="ErrorCode.NotFound"/> when the version, its run or its training data cannot be found.</summary>
    public async Task<DataProfile> GetAsync(string modelUri, IProgress<long>? progress, CancellationToken ct)
    {
        var version = await versions.ResolveAsync(modelUri, ct);
        var runId = version.RunId ?? throw OspreyException.NotFound(
            $"{modelUri} (version {version.Version} of '{version.Name}') is linked to no run, so it has no training data to compare with; pass --reference FILE.");
        if (await TryReadAsync(runId, ct) is { } stored)
        {
            return stored;
        }
        var run = await runs.GetAsync(runId, ct);
        var path = TrainingPath(run) ?? throw OspreyException.NotFound(
            $"run {runId} behind {modelUri} logged no training data set with a local path; pass --reference FILE.");
        if (!File.Exists(path))
        {
            throw OspreyException.NotFound($"the training data of {modelUri} was '{path}', which no longer exists; pass --reference FILE.");
        }
        var reader = new CsvChunkReader(path);
        var schema = reader.InferSchema();
        var profile = ProfileBuilder.ProfileReadingAhead(schema, reader.Read(schema, progress), modelUri, ct);
        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(profile.ToJson()));
        await artifacts.WriteAsync(runId, ArtifactPath, content, long.MaxValue, ct);
        return profile;
    }

    private async Task<DataProfile?> TryReadAsync(string runId, CancellationToken ct)
    {
        try
        {
            await using var stream = await artifacts.OpenReadAsync(runId, ArtifactPath, ct);
            using var reader = new StreamReader(stream);
            return DataProfile.FromJson(await reader.ReadToEndAsync(ct), $"runs:/{runId}/{ArtifactPath}");
        }
        catch (OspreyException error) when (error.Code == ErrorCode.NotFound)
        {
            return null;
        }
    }

    // Training logs its data set as an MLflow input whose source is {"uri": "/full/path.csv"}, tagged mlflow.data.context = training.
    private static string? TrainingPath(Run run)
    {
        var inputs = run.Inputs.OrderByDescending(i => i.Tags.Any(t => t.Key == DatasetDescription.ContextTag && t.Value == "training"));
        foreach (var input in inputs)
        {
            try
            {
                using var source = JsonDocument.Parse(input.Dataset.Source);
                if (source.RootElement.TryGetProperty("uri", out var uri) && uri.GetString() is { Length: > 0 } path)
                {
                    return path;
                }
            }
            catch (JsonException)
            {
            }
        }
        return null;
    }
}
