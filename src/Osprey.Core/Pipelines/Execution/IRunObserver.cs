namespace Osprey.Core.Pipelines.Execution;

/// <summary>Hears about every step persisted for a run in this process (new dispatches, kills, wake times, finished runs).</summary>
/// <remarks>Called on the thread that persisted the step, while the run is still held: do little (signal, set a timer) and never block.</remarks>
public interface IRunObserver
{
    /// <summary>A step of a run was written to the store.</summary>
    void OnStepped(RunStepped stepped);
}
