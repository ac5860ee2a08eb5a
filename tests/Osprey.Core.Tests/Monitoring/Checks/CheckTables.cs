using Osprey.Core.Data;
using Osprey.Core.Monitoring.Checks;
using Osprey.TestKit;

namespace Osprey.Core.Tests.Monitoring.Checks;

/// <summary>Builds small typed tables and runs checks on them with a fixed clock.</summary>
internal static class CheckTables
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static NumericColumn Numbers(string name, params double[] values) => new(name, ColumnKind.Numeric, values);

    public static CategoricalColumn Categories(string name, params string?[] values)
    {
        var categories = values.Where(v => v is not null).Distinct().ToList();
        return new CategoricalColumn(name, [.. values.Select(v => v is null ? -1 : categories.IndexOf(v))], categories!);
    }

    public static TextColumn Texts(string name, params string?[] values) => new(name, ColumnKind.Text, values);

    public static DateTimeColumn Dates(string name, params DateTimeOffset?[] values) =>
        new(name, [.. values.Select(v => v?.UtcTicks ?? DateTimeColumn.MissingTicks)]);

    public static Table Of(params Column[] columns) => new(columns);

    public static SuiteResult Run(Table table, params CheckSpec[] checks) =>
        new CheckEngine(new ManualTimeProvider(Now)).Run(new CheckSuite(Some.Name("suite"), checks), table, "data");

    public static CheckResult One(Table table, CheckSpec check) => Run(table, check).Checks.Single();
}
