using Osprey.Core.Tracking;

namespace Osprey.Storage.Sqlite.LoggedModels;

/// <summary>What writes need to know about a logged model before touching it.</summary>
internal sealed record LoggedModelState(long Pk, LifecycleStage Stage);
