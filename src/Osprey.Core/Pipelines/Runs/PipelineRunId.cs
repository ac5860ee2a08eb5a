using System.Text.RegularExpressions;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>Identifies a pipeline run: 32 lowercase hex characters for runs Osprey creates.</summary>
public readonly partial record struct PipelineRunId(string Value)
{
    /// <summary>Creates a new random id.</summary>
    public static PipelineRunId New() => new(Guid.NewGuid().ToString("N"));

    /// <summary>Parses an id, throwing <see cref="ErrorCode.InvalidParameter"/> when it is not letters, digits, '_' or '-' (at most 64).</summary>
    public static PipelineRunId Parse(string? text) =>
        text is not null && Pattern().IsMatch(text)
            ? new PipelineRunId(text)
            : throw OspreyException.Invalid($"'run_id' must be a pipeline run id (letters, digits, '_' or '-', at most 64), got '{text}'.");

    public override string ToString() => Value;

    [GeneratedRegex(@"^[a-zA-Z0-9][\w\-]{0,63}$")]
    private static partial Regex Pattern();
}
