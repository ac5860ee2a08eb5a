using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary><c>schema</c>: every named column exists with its kind (<c>numeric</c> also accepts integer columns); with exact, no other column exists.</summary>
internal sealed class SchemaScan(CheckSpec spec, TableSchema schema) : CheckScan(spec, null)
{
    public override CheckResult Finish(ScanContext context)
    {
        var problems = new List<string>();
        foreach (var expected in Spec.SchemaColumns ?? [])
        {
            var index = schema.IndexOf(expected.Name);
            if (index < 0)
            {
                problems.Add($"{expected.Name} is missing");
            }
            else if (expected.Kind is { } kind && !Fits(kind, schema.Columns[index].Kind))
            {
                problems.Add($"{expected.Name} is {ColumnKindNames.Format(schema.Columns[index].Kind)}, not {ColumnKindNames.Format(kind)}");
            }
        }
        if (Spec.Exact)
        {
            var named = (Spec.SchemaColumns ?? []).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(schema.Columns.Where(c => !named.Contains(c.Name)).Select(c => $"{c.Name} is not expected"));
        }
        var observed = problems.Count == 0 ? "as expected" : string.Join("; ", problems);
        var message = problems.Count == 0 ? $"all {Spec.SchemaColumns?.Count ?? 0} columns are present with the expected kinds" : observed;
        return new CheckResult(Spec.DisplayName, Spec.Kind, problems.Count == 0 ? CheckStatus.Pass : Missed, observed, problems.Count, 0, 0, 0, [], message);
    }

    private static bool Fits(ColumnKind expected, ColumnKind actual) =>
        expected == actual || (expected == ColumnKind.Numeric && actual == ColumnKind.Integer);
}
