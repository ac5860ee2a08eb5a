namespace Osprey.Core.Pipelines.Execution;

/// <summary>Where the pipeline runtime reports what goes wrong in its background work (the server writes it to its log).</summary>
public interface IPipelineRuntimeLog
{
    /// <summary>Background work failed; the runtime goes on and the work is retried by recovery or the next pass.</summary>
    void Failed(string what, Exception error);
}
