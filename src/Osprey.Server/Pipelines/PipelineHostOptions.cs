using System.Globalization;
using Osprey.Core.Pipelines.Execution;

namespace Osprey.Server.Pipelines;

/// <summary>How a host runs pipelines: the runtime's settings, how many worker processes it starts, how many tries each runs at once, and how to start them.</summary>
/// <param name="Launch">How to start <c>osprey worker</c>, or null to start none.</param>
public sealed record PipelineHostOptions(PipelineRuntimeOptions Runtime, int Workers, int SlotsPerWorker, WorkerLaunch? Launch)
{
    /// <summary>The environment variable with the number of worker processes (default 2; 0 starts none).</summary>
    public const string WorkersVariable = "OSPREY_WORKERS";

    /// <summary>The environment variable with the tries each worker runs at once (default 4).</summary>
    public const string SlotsVariable = "OSPREY_WORKER_SLOTS";

    /// <summary>The default number of worker processes.</summary>
    public const int DefaultWorkers = 2;

    /// <summary>The default number of tries a worker runs at once.</summary>
    public const int DefaultSlots = 4;

    /// <summary>Reads <see cref="WorkersVariable"/>, <see cref="SlotsVariable"/> and <see cref="WorkerLaunch.CommandVariable"/>.</summary>
    public static PipelineHostOptions FromEnvironment(Func<string, string?> getVariable) => new(
        new PipelineRuntimeOptions(),
        Count(getVariable(WorkersVariable), DefaultWorkers),
        Math.Max(1, Count(getVariable(SlotsVariable), DefaultSlots)),
        WorkerLaunch.Detect(getVariable));

    private static int Count(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? Math.Min(value, 64) : fallback;
}
