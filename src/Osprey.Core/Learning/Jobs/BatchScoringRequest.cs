namespace Osprey.Core.Learning.Jobs;

/// <summary>What <see cref="BatchScoringJob"/> scores: a model reference on a CSV file, written to an output CSV.</summary>
public sealed record BatchScoringRequest(string Model, DataFile Data, string OutputPath)
{
    /// <summary>Gets the rows scored and written per batch (the progress step); the default is 10,000.</summary>
    public int BatchSize { get; init; } = 10_000;

    /// <summary>Gets how many bytes of the input are read, parsed and scored at a time (whole records; 8 MiB by default), which bounds memory.</summary>
    public int ChunkBytes { get; init; } = 8 << 20;

    /// <summary>Gets the decision threshold of binary models, or null for the one the model was trained with (else 0.5).</summary>
    public double? Threshold { get; init; }

    /// <summary>Gets input columns to copy to the output besides the identifier columns.</summary>
    public IReadOnlyList<string> Keep { get; init; } = [];
}
