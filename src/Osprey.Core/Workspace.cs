using Osprey.Core.Artifacts;
using Osprey.Core.Registry;
using Osprey.Core.Security;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.LoggedModels;

namespace Osprey.Core;

/// <summary>The application services of one workspace, composed over its stores; the CLI, the REST API and the UI all call these.</summary>
public sealed class Workspace
{
    public Workspace(WorkspaceStores stores, IArtifactStore artifacts, TimeProvider clock, ICallerIdentity caller)
    {
        Stores = stores;
        ArtifactStore = artifacts;
        Experiments = new ExperimentService(stores.Experiments, clock);
        Runs = new RunService(stores.Runs, stores.Experiments, clock, caller);
        RunArtifacts = new RunArtifactService(stores.Runs, artifacts);
        LoggedModels = new LoggedModelService(stores.LoggedModels, stores.Experiments, stores.Runs, artifacts, clock);
        Models = new RegisteredModelService(stores.Models, clock, caller);
        Versions = new ModelVersionService(stores.Versions, stores.Models, stores.Runs, stores.LoggedModels, clock, caller);
        Aliases = new ModelAliasService(stores.Versions, clock, caller);
        Tokens = new ApiTokenService(stores.Tokens, clock);
    }

    /// <summary>Gets the stores beneath the services (for hosts and tests; business code uses the services).</summary>
    public WorkspaceStores Stores { get; }

    /// <summary>Gets the artifact store (the root of every run's files).</summary>
    public IArtifactStore ArtifactStore { get; }

    public IExperimentService Experiments { get; }

    public IRunService Runs { get; }

    public IRunArtifactService RunArtifacts { get; }

    public ILoggedModelService LoggedModels { get; }

    public IRegisteredModelService Models { get; }

    public IModelVersionService Versions { get; }

    public IModelAliasService Aliases { get; }

    public ApiTokenService Tokens { get; }
}
