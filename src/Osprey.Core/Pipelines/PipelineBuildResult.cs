namespace Osprey.Core.Pipelines;

/// <summary>Either a validated <see cref="PipelineDefinition"/> or every problem found; building never throws for bad input.</summary>
public sealed record PipelineBuildResult(PipelineDefinition? Definition, IReadOnlyList<PipelineProblem> Problems)
{
    /// <summary>Gets whether the pipeline is valid.</summary>
    public bool Success => Definition is not null;

    /// <summary>Returns the definition, or throws <see cref="ErrorCode.InvalidParameter"/> listing every problem.</summary>
    public PipelineDefinition ValueOrThrow() => Definition
        ?? throw OspreyException.Invalid($"The pipeline is invalid:{Environment.NewLine}{string.Join(Environment.NewLine, Problems.Select(p => p.Message))}");
}
