using Osprey.Core.Registry;
using Xunit;

namespace Osprey.Core.Tests.Registry;

public sealed class ModelUriTests
{
    [Theory]
    [InlineData("models:/churn/3", "churn", 3)]
    [InlineData("MODELS:/churn/3", "churn", 3)]
    [InlineData("churn/3", "churn", 3)]
    [InlineData("models:/churn/007", "churn", 7)]
    [InlineData("models:/my model.v2_x-y/12", "my model.v2_x-y", 12)]
    [InlineData("  models:/churn/3  ", "churn", 3)]
    [InlineData("models:/churn/2147483647", "churn", int.MaxValue)]
    public void Parse_VersionUri_ReadsNameAndVersion(string text, string name, int version)
    {
        var uri = ParseOk(text);

        Assert.Equal(name, uri.Name);
        Assert.Equal(ModelUriKind.Version, uri.Kind);
        Assert.Equal(version, uri.Version);
        Assert.Null(uri.Stage);
        Assert.Null(uri.Alias);
    }

    [Theory]
    [InlineData("models:/churn/latest")]
    [InlineData("models:/churn/LATEST")]
    [InlineData("churn/Latest")]
    public void Parse_LatestInAnyCase_IsLatest(string text)
    {
        var uri = ParseOk(text);

        Assert.Equal(ModelUriKind.Latest, uri.Kind);
        Assert.Equal("churn", uri.Name);
        Assert.Null(uri.Version);
    }

    [Theory]
    [InlineData("models:/churn/Production", ModelStage.Production)]
    [InlineData("models:/churn/production", ModelStage.Production)]
    [InlineData("models:/churn/STAGING", ModelStage.Staging)]
    [InlineData("models:/churn/archived", ModelStage.Archived)]
    [InlineData("models:/churn/None", ModelStage.None)]
    public void Parse_StageInAnyCase_IsNormalised(string text, ModelStage stage)
    {
        var uri = ParseOk(text);

        Assert.Equal(ModelUriKind.Stage, uri.Kind);
        Assert.Equal(stage, uri.Stage);
    }

    [Theory]
    [InlineData("models:/churn@champion", "churn", "champion")]
    [InlineData("churn-model@champion", "churn-model", "champion")]
    [InlineData("models:/fraud v2@blue_green-1", "fraud v2", "blue_green-1")]
    [InlineData("models:/churn@v", "churn", "v")]
    [InlineData("models:/churn@version2", "churn", "version2")]
    public void Parse_AliasUri_ReadsNameAndAlias(string text, string name, string alias)
    {
        var uri = ParseOk(text);

        Assert.Equal(ModelUriKind.Alias, uri.Kind);
        Assert.Equal(name, uri.Name);
        Assert.Equal(alias, uri.Alias);
    }

    [Theory]
    [InlineData("churn/3", "models:/churn/3")]
    [InlineData("models:/churn/LATEST", "models:/churn/latest")]
    [InlineData("models:/churn/staging", "models:/churn/Staging")]
    [InlineData("churn@champion", "models:/churn@champion")]
    public void ToString_ParsedUri_IsCanonicalAndReparsesEqual(string text, string canonical)
    {
        var uri = ParseOk(text);

        Assert.Equal(canonical, uri.ToString());
        Assert.Equal(uri, ParseOk(canonical));
    }

    [Theory]
    [InlineData("", 0, "expected a model URI such as models:/churn/3")]
    [InlineData(null, 0, "expected a model URI")]
    [InlineData("models:churn/3", 7, "expected '/' after 'models:'")]
    [InlineData("models:/", 8, "expected a model name but found the end")]
    [InlineData("models://churn/3", 8, "expected a model name but found '/'")]
    [InlineData("@champion", 0, "expected a model name but found '@'")]
    [InlineData("models:/churn", 13, "expected /<version>, /latest, /<stage> or @<alias> after the model name, as in models:/churn/1")]
    [InlineData("models:/team/churn/3", 12, "a model name cannot contain '/'")]
    [InlineData("models:/team/churn@champion", 12, "a model name cannot contain '/'")]
    [InlineData("models:/churn/", 14, "expected a version number, latest or a stage after '/'")]
    [InlineData("models:/churn/0", 14, "versions start at 1")]
    [InlineData("models:/churn/-1", 14, "'-1' is not a version: versions are whole numbers from 1")]
    [InlineData("models:/churn/3.5", 15, "'3.5' is not a version")]
    [InlineData("models:/churn/3a", 15, "'3a' is not a version")]
    [InlineData("models:/churn/99999999999", 14, "version 99999999999 is too large")]
    [InlineData("models:/churn/Prod", 14, "unknown stage 'Prod' (expected a version number, latest, or one of None, Staging, Production, Archived)")]
    [InlineData("models:/churn@", 14, "expected an alias after '@'")]
    [InlineData("models:/churn@champ ion", 19, "an alias may contain only letters, digits, _ and - but found ' '")]
    [InlineData("models:/churn@a/3", 15, "an alias may contain only letters, digits, _ and - but found '/'")]
    [InlineData("models:/churn@latest", 14, "'latest' cannot be an alias; use models:/churn/latest")]
    [InlineData("models:/churn@V3", 14, "'V3' cannot be an alias (v<number> is reserved); use models:/churn/3")]
    [InlineData("models:/ch#urn/3", 10, "a model name may contain only letters, digits, spaces and _ - . but found '#'")]
    [InlineData("runs:/abc/model", 0, "unknown URI scheme 'runs:' (expected models:/)")]
    [InlineData("models:/ churn/3", 8, "a model name cannot start or end with a space")]
    [InlineData("models:/churn /3", 13, "a model name cannot start or end with a space")]
    public void Parse_BadUri_FailsWithPosition(string? text, int position, string message)
    {
        var result = ModelUri.Parse(text);

        Assert.False(result.Success, $"'{text}' parsed as {result.Value}");
        Assert.Contains(message, result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(position, result.Error.Position);
    }

    private static ModelUri ParseOk(string text)
    {
        var result = ModelUri.Parse(text);
        Assert.True(result.Success, $"'{text}' failed {result.Error}");
        return result.Value!;
    }
}
