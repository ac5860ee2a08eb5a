using System.Collections.Concurrent;
using Osprey.Core.Pipelines.Execution;

namespace Osprey.Core.Tests.Pipelines.Series;

/// <summary>Keeps what the runtime reported as failed.</summary>
internal sealed class RecordingRuntimeLog : IPipelineRuntimeLog
{
    public ConcurrentQueue<string> Failures { get; } = new();

    public void Failed(string what, Exception error) => Failures.Enqueue($"{what}: {error.Message}");
}
