namespace Osprey.Core.Registry;

/// <summary>What moved in a <see cref="RegistryEvent"/>.</summary>
public enum RegistryEventKind
{
    /// <summary>A version entered a stage (<see cref="RegistryEvent.Target"/> holds the stage name).</summary>
    StageTransition,
    /// <summary>An alias was pointed at a version.</summary>
    AliasSet,
    /// <summary>An alias was removed.</summary>
    AliasDeleted,
}
