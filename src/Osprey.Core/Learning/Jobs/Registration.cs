using System.Globalization;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;

namespace Osprey.Core.Learning.Jobs;

/// <summary>Where a job's run goes and where its model is registered: finds or creates the experiment, and creates the model and version and moves the alias.</summary>
public sealed class Registration(JobServices services)
{
    /// <summary>Checks a registration request before any work is done: a valid model name, and an alias only together with a name.</summary>
    public static void Validate(string? modelName, string? alias)
    {
        if (modelName is not null)
        {
            EntityValidator.ModelName(modelName, "--register");
        }
        if (alias is not null)
        {
            if (modelName is null)
            {
                throw OspreyException.Invalid("--alias moves an alias of the registered model, so it needs --register NAME too.");
            }
            RegistryNames.Alias(alias, "--alias");
        }
    }

    /// <summary>Returns the id of the named experiment, creating it when missing and restoring it when deleted; null means the Default experiment.</summary>
    public async Task<(string Id, string Name)> EnsureExperimentAsync(string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            var fallback = await services.Experiments.GetAsync(ExperimentId.Default.ToString(), ct);
            return (fallback.Id.ToString(), fallback.Name);
        }
        try
        {
            var existing = await services.Experiments.GetByNameAsync(name, ct);
            if (existing.LifecycleStage == LifecycleStage.Deleted)
            {
                await services.Experiments.RestoreAsync(existing.Id.ToString(), ct);
            }
            return (existing.Id.ToString(), existing.Name);
        }
        catch (OspreyException failure) when (failure.Code == ErrorCode.NotFound)
        {
            try
            {
                return ((await services.Experiments.CreateAsync(name, null, null, ct)).ToString(), name);
            }
            catch (OspreyException raced) when (raced.Code == ErrorCode.AlreadyExists)
            {
                // Two tasks of one pipeline (e.g. parallel trainings) can create the experiment at the same moment; the loser uses the winner's.
                var created = await services.Experiments.GetByNameAsync(name, ct);
                return (created.Id.ToString(), created.Name);
            }
        }
    }

    /// <summary>Registers <c>runs:/&lt;run&gt;/model</c> as the next version of <paramref name="modelName"/> (creating the model) and points <paramref name="alias"/> at it.</summary>
    public async Task<ModelVersion> RegisterAsync(string modelName, string runId, string? alias, string description, IReadOnlyList<Tag> tags, CancellationToken ct)
    {
        try
        {
            await services.Models.GetAsync(modelName, ct);
        }
        catch (OspreyException failure) when (failure.Code == ErrorCode.NotFound)
        {
            await CreateModelAsync(modelName, ct);
        }
        var source = $"runs:/{runId}/{ModelArtifacts.ModelFolder}";
        var version = await services.Versions.CreateAsync(modelName, source, runId, description, tags, ct);
        if (alias is not null)
        {
            var number = version.Version.ToString(CultureInfo.InvariantCulture);
            await services.Aliases.SetAsync(modelName, alias, number, description, ct);
            version = await services.Versions.GetAsync(modelName, number, ct);
        }
        return version;
    }

    private async Task CreateModelAsync(string modelName, CancellationToken ct)
    {
        try
        {
            await services.Models.CreateAsync(modelName, null, null, ct);
        }
        catch (OspreyException failure) when (failure.Code == ErrorCode.AlreadyExists)
        {
            // Another job registered the same name in between; its model is the one to add a version to.
        }
    }
}
