using Osprey.Core.Artifacts;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;

namespace Osprey.Serving.Hosting;

/// <summary>The registry a server follows and loads models from when it is not the served workspace's own, such as a remote Osprey server's.</summary>
/// <param name="Description">Where the registry is, for messages (such as <c>server http://host:5000/</c>).</param>
public sealed record ServingRegistry(IModelVersionService Versions, IModelAliasService Aliases, IRunService Runs, IRunArtifactService Artifacts, string Description);
