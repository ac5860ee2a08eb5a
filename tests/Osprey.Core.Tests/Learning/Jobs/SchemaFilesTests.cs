using Osprey.Core.Data;
using Osprey.Core.Learning.Jobs;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Core.Tests.Learning.Jobs;

public sealed class SchemaFilesTests
{
    [Fact]
    public void Apply_YamlSchema_SetsKindsMissingTokensAndDelimiter()
    {
        using var folder = new TempDirectory();
        var path = folder.File("schema.yaml");
        File.WriteAllText(path, "columns:\n  customerID: identifier\n  SeniorCitizen: categorical\nmissing: [NA, '-']\ndelimiter: ';'\n");

        var options = new DataFile("data.csv", path).Options();

        Assert.Equal(ColumnKind.Identifier, options.ColumnKinds["customerID"]);
        Assert.Equal(ColumnKind.Categorical, options.ColumnKinds["SeniorCitizen"]);
        Assert.Equal(["NA", "-"], options.MissingTokens);
        Assert.Equal(';', options.Delimiter);
    }

    [Fact]
    public void Apply_YamlWithUnknownKind_NamesTheFileAndColumn()
    {
        using var folder = new TempDirectory();
        var path = folder.File("columns.yml");
        File.WriteAllText(path, "columns:\n  tenure: duration\n");

        var error = Assert.Throws<OspreyException>(() => new DataFile("data.csv", path).Options());

        Assert.StartsWith("columns.yml line 2, column 11: 'columns.tenure' has unknown column kind 'duration'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MalformedYaml_SaysItIsNotYaml()
    {
        using var folder = new TempDirectory();
        var path = folder.File("broken.yaml");
        File.WriteAllText(path, "columns: [a, b\n");

        var error = Assert.Throws<OspreyException>(() => new DataFile("data.csv", path).Options());

        Assert.StartsWith("The schema file broken.yaml is not valid YAML (line ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("columns:\n  - tenure\n", "line 2, column 3: 'columns' must be a map")]
    [InlineData("columns:\n  tenure: integer\nmising: [NA]\n", "line 3, column 1: unknown field 'mising'")]
    [InlineData("delimiter: ';;'\n", "line 1, column 12: delimiter ';;' must be one character")]
    [InlineData("missing: {a: b}\n", "line 1, column 10: 'missing' must be a list")]
    public void Apply_YamlWithAWrongField_NamesFileLineAndField(string yaml, string expected)
    {
        using var folder = new TempDirectory();
        var path = folder.File("wrong.yaml");
        File.WriteAllText(path, yaml);

        var error = Assert.Throws<OspreyException>(() => SchemaFile.Apply(new CsvOptions(), path));

        Assert.StartsWith("wrong.yaml " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_YamlWithTabDelimiterAndNullToken_ReadsThem()
    {
        using var folder = new TempDirectory();
        var path = folder.File("tabs.yml");
        File.WriteAllText(path, "delimiter: \"\\t\"\nmissing: [null, '']\n");

        var options = SchemaFile.Apply(new CsvOptions(), path);

        Assert.Equal('\t', options.Delimiter);
        Assert.Equal(["null", ""], options.MissingTokens);
    }

    [Fact]
    public void Options_JsonSchemaAndOverride_OverrideWins()
    {
        using var folder = new TempDirectory();
        var path = folder.File("schema.json");
        File.WriteAllText(path, """{"columns": {"SeniorCitizen": "categorical"}}""");

        var options = new DataFile("data.csv", path, ["SeniorCitizen=boolean"]).Options();

        Assert.Equal(ColumnKind.Boolean, options.ColumnKinds["SeniorCitizen"]);
    }
}
