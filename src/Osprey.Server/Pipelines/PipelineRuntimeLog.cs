using Microsoft.Extensions.Logging;
using Osprey.Core.Pipelines.Execution;

namespace Osprey.Server.Pipelines;

/// <summary>Writes the pipeline runtime's background failures to the server log.</summary>
internal sealed class PipelineRuntimeLog(ILogger log) : IPipelineRuntimeLog
{
    public void Failed(string what, Exception error) => log.LogError(error, "Pipelines: {What} failed", what);
}
