using System.Text.Json;
using System.Text.Json.Serialization;
using Osprey.Core.Monitoring.Checks;

namespace Osprey.Cli.Commands;

/// <summary>The JSON document of <c>osprey check</c>: snake_case, statuses as pass/warn/fail, absent values left out.</summary>
internal static class CheckJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Returns the document as indented JSON text.</summary>
    public static string Serialize(SuiteResult result) => JsonSerializer.Serialize(new
    {
        result.Suite,
        result.DataSet,
        result.Rows,
        Status = SuiteReport.Status(result.Status),
        Score = Math.Round(result.Score, 4),
        Statistics = new { Evaluated = result.Checks.Count, result.Passed, result.Warned, result.Failed },
        RowNumbers = "1-based data rows; the header is not counted",
        Checks = result.Checks.Select(c => new
        {
            c.Name,
            Kind = CheckKindNames.Format(c.Kind),
            Status = SuiteReport.Status(c.Status),
            c.Observed,
            ObservedValue = c.ObservedValue is { } v && double.IsFinite(v) ? v : (double?)null,
            c.Evaluated,
            c.UnexpectedCount,
            UnexpectedPercent = Math.Round(c.UnexpectedPercent, 4),
            c.Message,
            Examples = c.Examples.Select(e => new { e.Row, e.Value }),
        }),
    }, Options);
}
