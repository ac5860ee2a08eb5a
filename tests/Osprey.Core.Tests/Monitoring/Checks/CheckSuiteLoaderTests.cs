using System.Text.Json;
using Osprey.Core.Monitoring.Checks;
using Osprey.Core.Monitoring.Checks.Yaml;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Checks;

public sealed class CheckSuiteLoaderTests
{
    [Fact]
    public void Load_EveryForm_ReadsTheChecks()
    {
        const string yaml = """
            suite: churn
            data_set: telco
            checks:
              - row_count: { min: 10, warn: { min: 100 } }
              - not_null: [a, b]
              - not_null: c
                mostly: 0.9
              - in_range: { column: t, min: 0, max: 5, max_inclusive: false, level: warn }
              - allowed_values: { column: p, values: [x, "y"] }
              - schema: { columns: { a: numeric, b: any }, exact: true }
              - freshness: { column: d, max_age: 1d, warn: { max_age: 6h } }
              - quantile: { column: t, q: 0.9, max: 3 }
              - expression: "a >= b"
              - range: { column: t, min: 0 }
            """;

        var result = CheckSuiteLoader.Load("suite.yaml", yaml);

        Assert.Empty(result.Errors);
        var suite = result.Suite!;
        Assert.Equal(("churn", "telco", 11), (suite.Name, result.DataSet, suite.Checks.Count));
        Assert.Equal(new WarnThresholds(Min: 100), suite.Checks[0].Warn);
        Assert.Equal(["a", "b", "c"], suite.Checks.Skip(1).Take(3).Select(c => c.Column));
        Assert.Equal(0.9, suite.Checks[3].Mostly);
        Assert.Equal((CheckLevel.Warn, false, 5.0), (suite.Checks[4].Level, suite.Checks[4].MaxInclusive, suite.Checks[4].Max!.Value));
        Assert.Equal(["x", "y"], suite.Checks[5].Values!);
        Assert.Equal([new SchemaColumn("a", Osprey.Core.Data.ColumnKind.Numeric), new SchemaColumn("b")], suite.Checks[6].SchemaColumns!);
        Assert.Equal((TimeSpan.FromDays(1), TimeSpan.FromHours(6)), (suite.Checks[7].MaxAge!.Value, suite.Checks[7].Warn!.MaxAge!.Value));
        Assert.Equal("a >= b", suite.Checks[9].Expression);
        Assert.Equal(CheckKind.InRange, suite.Checks[10].Kind);
    }

    [Fact]
    public void Load_NoSuiteName_UsesTheFileName()
    {
        var result = CheckSuiteLoader.Load("folder/orders.yaml", "checks:\n  - row_count: { min: 1 }\n");

        Assert.Equal("orders", result.Suite!.Name);
    }

    [Fact]
    public void Load_Mistakes_ReportFileLineColumnAndField()
    {
        const string yaml = """
            suite: broken
            checks:
              - not_nul: id
              - in_range: { column: t, mni: 0 }
              - not_null: { column: c, mostly: 1.5 }
              - mean: { column: m, min: 5, max: 1 }
              - expression: "a >= "
              - regex: { column: r, pattern: "(" }
              - row_count: { min: many }
              - not_null: { column: c, level: loud }
            """;

        var errors = CheckSuiteLoader.Load("checks.yaml", yaml).Errors.Select(e => e.ToString()).ToList();

        Assert.Equal(8, errors.Count);
        Assert.Contains("checks.yaml:3:5: checks[0]: unknown check 'not_nul' (did you mean 'not_null'?); the checks are row_count, not_null, unique, in_range, positive, allowed_values, regex, schema, freshness, mean, median, stddev, quantile, distinct_count, expression", errors);
        Assert.Contains("checks.yaml:4:28: checks[1].in_range: unknown field 'mni'; expected one of column, min, max, min_inclusive, max_inclusive, mostly, level, warn, name", errors);
        Assert.Contains("checks.yaml:5:36: checks[2].not_null.mostly must be between 0 and 1 (the fraction of rows that must pass), got 1.5", errors);
        Assert.Contains("checks.yaml:6:29: checks[3].mean.min must not be above max (5 > 1)", errors);
        Assert.Contains("checks.yaml:7:23: checks[4].expression does not parse at character 6: the expression ends where a value was expected", errors);
        Assert.Contains(errors, e => e.StartsWith("checks.yaml:8:34: checks[5].regex.pattern is not a valid regular expression", StringComparison.Ordinal));
        Assert.Contains("checks.yaml:9:23: checks[6].row_count.min must be a number, got 'many'", errors);
        Assert.Contains("checks.yaml:10:35: checks[7].not_null.level must be fail or warn, got 'loud'", errors);
        Assert.Null(CheckSuiteLoader.Load("checks.yaml", yaml).Suite);
    }

    [Fact]
    public void Load_BadYamlOrMissingChecks_ReportsWhere()
    {
        var syntax = CheckSuiteLoader.Load("s.yaml", "checks:\n  - not_null: [a\n");
        var missing = CheckSuiteLoader.Load("s.yaml", "suite: x\nchekcs: []\n");

        Assert.Equal(3, syntax.Errors.Single().Mark!.Value.Line);
        Assert.Contains("s.yaml:2:1: unknown field 'chekcs' (did you mean 'checks'?); expected one of suite, description, data_set, checks", missing.Errors.Select(e => e.ToString()));
        Assert.Contains("s.yaml:1:1: checks is required: a list of checks, such as - not_null: customerID", missing.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void LoadFile_Missing_ThrowsNotFound()
    {
        var error = Assert.Throws<OspreyException>(() => CheckSuiteLoader.LoadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "none.yaml")));

        Assert.Equal(ErrorCode.NotFound, error.Code);
    }

    [Fact]
    public void FromJson_InlineChecks_ReadsThemOrNamesTheField()
    {
        using var good = JsonDocument.Parse("""[{"row_count": {"min": 4}}, {"not_null": ["id", "churn"]}, {"range": {"column": "tenure", "min": 0, "max": 100}}]""");
        using var bad = JsonDocument.Parse("""[{"unique": "id"}, {"positive": {"column": "x", "mostly": "lots"}}]""");

        var (checks, errors) = CheckSuiteLoader.FromJson(good.RootElement, "tasks.t.with.checks");
        var (_, badErrors) = CheckSuiteLoader.FromJson(bad.RootElement, "tasks.t.with.checks");

        Assert.Empty(errors);
        Assert.Equal(["row_count", "not_null(id)", "not_null(churn)", "in_range(tenure)"], checks.Select(c => c.DisplayName));
        Assert.Equal(["tasks.t.with.checks[1].positive.mostly must be a number, got 'lots'"], badErrors);
    }
}
