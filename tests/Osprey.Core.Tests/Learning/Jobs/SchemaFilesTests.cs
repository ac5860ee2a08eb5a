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

        Assert.Contains("columns.yml", error.Message, StringComparison.Ordinal);
        Assert.Contains("tenure", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MalformedYaml_SaysItIsNotYaml()
    {
        using var folder = new TempDirectory();
        var path = folder.File("broken.yaml");
        File.WriteAllText(path, "columns: [a, b\n");

        var error = Assert.Throws<OspreyException>(() => new DataFile("data.csv", path).Options());

        Assert.Contains("is not valid YAML", error.Message, StringComparison.Ordinal);
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
