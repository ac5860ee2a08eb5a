using System.Globalization;
using System.Text;

namespace Osprey.Core.Monitoring.Checks;

/// <summary>Writes a suite result as plain text: one summary line, then an aligned table of the checks with their first failing rows (for task logs and plain terminals).</summary>
public static class SuiteReport
{
    private const int ExamplesShown = 5;

    /// <summary>Returns the one-line summary, such as <c>suite churn on telco-churn: 7,043 rows, 12 checks: 10 passed, 1 warned, 1 failed; score 83.3%</c>.</summary>
    public static string Summary(SuiteResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Create(CultureInfo.InvariantCulture,
            $"suite {result.Suite} on {result.DataSet}: {result.Rows:N0} rows, {result.Checks.Count} checks: {result.Passed} passed, {result.Warned} warned, {result.Failed} failed; score {result.Score:0.#}%");
    }

    /// <summary>Returns the table lines: status, check, observed value, unexpected rows, and the message with a few example row numbers.</summary>
    public static IReadOnlyList<string> Lines(SuiteResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Checks.Select(c => new[] { Status(c.Status), c.Name, c.Observed ?? "-", Unexpected(c), Detail(c) }).ToList();
        rows.Insert(0, ["status", "check", "observed", "unexpected", "detail"]);
        var widths = Enumerable.Range(0, 4).Select(i => rows.Max(r => r[i].Length)).ToArray();
        return [.. rows.Select(r => new StringBuilder()
            .Append(r[0].PadRight(widths[0] + 2)).Append(r[1].PadRight(widths[1] + 2))
            .Append(r[2].PadRight(widths[2] + 2)).Append(r[3].PadRight(widths[3] + 2)).Append(r[4]).ToString().TrimEnd())];
    }

    /// <summary>Returns the lowercase name of a status: pass, warn or fail.</summary>
    public static string Status(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Warn => "warn",
        _ => "fail",
    };

    /// <summary>Returns "count (percent%)" for row checks and "-" for others.</summary>
    public static string Unexpected(CheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return CheckKindNames.IsRowCheck(check.Kind)
            ? string.Create(CultureInfo.InvariantCulture, $"{check.UnexpectedCount:N0} ({check.UnexpectedPercent:0.##}%)")
            : "-";
    }

    /// <summary>Returns the message with the first example rows, such as <c>... ; rows 489, 754 (1-based data rows)</c>.</summary>
    public static string Detail(CheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Examples.Count == 0)
        {
            return check.Message;
        }
        var shown = string.Join(", ", check.Examples.Take(ExamplesShown).Select(e =>
            e.Value is null ? e.Row.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{e.Row} ({e.Value})")));
        var more = check.UnexpectedCount > ExamplesShown ? ", ..." : "";
        return $"{check.Message}; rows {shown}{more}";
    }
}
