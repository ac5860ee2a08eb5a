using Osprey.Core.Data;
using Osprey.Core.Monitoring.Checks;
using Osprey.Core.Monitoring.Checks.Yaml;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Checks;

public sealed class TelcoChecksTests
{
    private static readonly Lazy<Table> Telco = new(() => CsvTableReader.Read(Repository("data/telco-churn.csv")));

    [Fact]
    public void NotNull_TotalCharges_FailsOnExactlyTheElevenBlankRows()
    {
        var result = CheckTables.One(Telco.Value, CheckSpec.NotNull("TotalCharges"));

        Assert.Equal((CheckStatus.Fail, 7043L, 11L), (result.Status, result.Evaluated, result.UnexpectedCount));
        Assert.Equal([489L, 754L, 937L, 1083L, 1341L, 3332L, 3827L, 4381L, 5219L, 6671L, 6755L], result.Examples.Select(e => e.Row));
    }

    [Fact]
    public void NotNull_TotalChargesWithMostly_Passes()
    {
        var result = CheckTables.One(Telco.Value, CheckSpec.NotNull("TotalCharges") with { Mostly = 0.998 });

        Assert.Equal(CheckStatus.Pass, result.Status);
    }

    [Fact]
    public void ChurnExampleSuite_OnTheBundledData_WarnsOnlyAboutTotalCharges()
    {
        var suite = CheckSuiteLoader.LoadFile(Repository("examples/churn/checks.yaml")).ValueOrThrow();

        var result = CheckTables.Run(Telco.Value, suite.Checks.ToArray());

        Assert.Equal(CheckStatus.Warn, result.Status);
        var warned = Assert.Single(result.Checks, c => c.Status != CheckStatus.Pass);
        Assert.Equal(("not_null(TotalCharges)", 11L), (warned.Name, warned.UnexpectedCount));
    }

    private static string Repository(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Osprey.slnx")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Osprey.slnx not found above the test folder."), relative);
    }
}
