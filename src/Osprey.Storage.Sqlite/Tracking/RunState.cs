using Osprey.Core.Tracking;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>What writes need to know about a run before touching it.</summary>
internal sealed record RunState(long Pk, ExperimentId ExperimentId, LifecycleStage Stage);
