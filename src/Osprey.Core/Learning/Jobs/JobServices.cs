using Osprey.Core.Artifacts;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;

namespace Osprey.Core.Learning.Jobs;

/// <summary>The tracking and registry services a learning job calls; the local workspace and a remote server both provide them.</summary>
public sealed record JobServices(
    IExperimentService Experiments,
    IRunService Runs,
    IRunArtifactService Artifacts,
    IRegisteredModelService Models,
    IModelVersionService Versions,
    IModelAliasService Aliases)
{
    /// <summary>Returns the services of a workspace.</summary>
    public static JobServices From(Workspace workspace) => new(
        workspace.Experiments, workspace.Runs, workspace.RunArtifacts, workspace.Models, workspace.Versions, workspace.Aliases);
}
