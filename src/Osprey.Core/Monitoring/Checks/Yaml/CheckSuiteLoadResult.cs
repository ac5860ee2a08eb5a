using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Monitoring.Checks.Yaml;

/// <summary>Either a valid suite or every error found in its file, in file order; loading never throws for bad content.</summary>
/// <param name="Suite">The suite, or null when there were errors.</param>
/// <param name="DataSet">The file's <c>data_set:</c> name, or null when it gives none.</param>
/// <param name="Errors">Each error with file, line, column and field.</param>
public sealed record CheckSuiteLoadResult(CheckSuite? Suite, string? DataSet, IReadOnlyList<PipelineLoadError> Errors)
{
    /// <summary>Returns the suite, or throws <see cref="ErrorCode.InvalidParameter"/> whose message lists every error, one per line.</summary>
    public CheckSuite ValueOrThrow() => Suite
        ?? throw OspreyException.Invalid(string.Join(Environment.NewLine, Errors.Select(e => e.ToString())));
}
