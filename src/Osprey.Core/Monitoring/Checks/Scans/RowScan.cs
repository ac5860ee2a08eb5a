using System.Globalization;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary>A check of each row: counts the rows it evaluated and those that failed, keeps examples, and judges with <c>mostly</c>.</summary>
internal abstract class RowScan(CheckSpec spec, string? column) : CheckScan(spec, column)
{
    private readonly ExampleList _examples = new();

    protected long Evaluated { get; set; }

    protected long Unexpected { get; private set; }

    /// <summary>Records a failing 0-based row; <see cref="Describe"/> is called only when the row is kept as an example.</summary>
    protected void Fail(int row)
    {
        Unexpected++;
        if (_examples.Wants(row))
        {
            _examples.Add(row, Describe(row));
        }
    }

    /// <summary>Returns the value(s) of a row for an example, or null when missing.</summary>
    protected abstract string? Describe(int row);

    public override CheckResult Finish(ScanContext context)
    {
        var passing = Evaluated == 0 ? 1.0 : (double)(Evaluated - Unexpected) / Evaluated;
        var percent = Evaluated == 0 ? 0.0 : 100.0 * Unexpected / Evaluated;
        var status = !Meets(Spec.Mostly) ? Missed : Spec.Warn?.Mostly is { } warn && !Meets(warn) ? CheckStatus.Warn : CheckStatus.Pass;
        var message = Evaluated == 0
            ? "no rows to evaluate (an empty table, or every value missing), so nothing failed"
            : string.Create(CultureInfo.InvariantCulture, $"{Unexpected:N0} of {Evaluated:N0} rows failed ({percent:0.##}%)")
                + (Spec.Mostly < 1 || Spec.Warn?.Mostly is not null ? string.Create(CultureInfo.InvariantCulture, $"; mostly {Spec.Mostly}{WarnText()}") : "");
        var observed = string.Create(CultureInfo.InvariantCulture, $"{100 * passing:0.##}% pass");
        return new CheckResult(Spec.DisplayName, Spec.Kind, status, observed, passing, Evaluated, Unexpected, percent, _examples.Rows, message);
    }

    // Compared on counts rather than fractions so that mostly: 0.998 over 7,043 rows is not lost to rounding.
    private bool Meets(double mostly) => Unexpected <= Math.Floor(((1 - mostly) * Evaluated) + 1e-9);

    private string WarnText() => Spec.Warn?.Mostly is { } warn ? string.Create(CultureInfo.InvariantCulture, $", warn below {warn}") : "";
}
