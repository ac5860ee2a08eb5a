using Osprey.Core.Artifacts;
using Osprey.Core.Monitoring.Series;
using Osprey.Core.Registry;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Tracking;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>The optional services a drift check uses: the registry and tracking for model references, the prediction log, and a series store to record samples.</summary>
public sealed record DriftServices(
    IModelVersionService? Versions = null, IRunService? Runs = null, IRunArtifactService? Artifacts = null,
    IPredictionLogStore? PredictionLog = null, ISeriesStore? Series = null);
