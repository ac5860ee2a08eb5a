namespace Osprey.Core.Pipelines.Yaml;

/// <summary>One problem in a pipeline file, with where it is: renders as <c>churn.yaml:14:5: tasks.train.retries must be a whole number ≥ 0, got 'two'</c>.</summary>
/// <param name="File">The file name as given to the loader.</param>
/// <param name="Mark">The one-based line and column, or null when the problem has no single place (such as an empty file).</param>
/// <param name="Field">The dotted path of the field at fault, or empty for the file as a whole.</param>
/// <param name="Message">The readable message, starting with the field.</param>
public sealed record PipelineLoadError(string File, SourceMark? Mark, string Field, string Message)
{
    public override string ToString() => Mark is { } mark ? $"{File}:{mark.Line}:{mark.Column}: {Message}" : $"{File}: {Message}";
}
