using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>The monitors read from a file, or the problems that stopped them (each with file, line and field); never both.</summary>
public sealed record MonitorLoadResult(IReadOnlyList<MonitorDefinition> Monitors, IReadOnlyList<PipelineLoadError> Errors)
{
    /// <summary>Gets whether the file loaded without problems.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Returns the monitors, or throws <see cref="ErrorCode.InvalidParameter"/> with every problem, one per line.</summary>
    public IReadOnlyList<MonitorDefinition> OrThrow() =>
        Succeeded ? Monitors : throw OspreyException.Invalid(string.Join(Environment.NewLine, Errors));
}
