using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>The configuration built from every on-call source, or every problem found (each naming file, line and field); loading never throws for bad content.</summary>
public sealed record OnCallLoadResult(OnCallConfiguration? Configuration, IReadOnlyList<PipelineLoadError> Errors)
{
    /// <summary>Gets whether every source was valid.</summary>
    public bool Success => Configuration is not null;

    /// <summary>Returns the configuration, or throws <see cref="ErrorCode.InvalidParameter"/> listing every error, one per line.</summary>
    public OnCallConfiguration ValueOrThrow() => Configuration
        ?? throw OspreyException.Invalid(string.Join(Environment.NewLine, Errors.Select(e => e.ToString())));
}
