namespace Osprey.Core.Pipelines.Yaml;

/// <summary>Either a validated definition or every error found in the file, in file order; loading never throws for bad content.</summary>
public sealed record PipelineLoadResult(PipelineDefinition? Definition, IReadOnlyList<PipelineLoadError> Errors)
{
    /// <summary>Gets whether the file is a valid pipeline.</summary>
    public bool Success => Definition is not null;

    /// <summary>Returns the definition, or throws <see cref="ErrorCode.InvalidParameter"/> whose message lists every error, one per line.</summary>
    public PipelineDefinition ValueOrThrow() => Definition
        ?? throw OspreyException.Invalid(string.Join(Environment.NewLine, Errors.Select(e => e.ToString())));
}
