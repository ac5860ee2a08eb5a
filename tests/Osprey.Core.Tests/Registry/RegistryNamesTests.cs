using Xunit;
using Osprey.Core;
using Osprey.Core.Registry;

namespace Osprey.Core.Tests.Registry;

public sealed class RegistryNamesTests
{
    [Theory]
    [InlineData("production", ModelStage.Production)]
    [InlineData("Staging", ModelStage.Staging)]
    [InlineData("NONE", ModelStage.None)]
    [InlineData("archived", ModelStage.Archived)]
    public void Stage_IgnoresCase(string text, ModelStage expected) => Assert.Equal(expected, RegistryNames.Stage(text));

    [Theory]
    [InlineData("Prod")]
    [InlineData("2")]
    [InlineData("")]
    public void Stage_WhenUnknown_ListsTheStages(string text) =>
        Assert.Contains("None, Staging, Production, Archived", Assert.Throws<OspreyException>(() => RegistryNames.Stage(text)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("champion")]
    [InlineData("challenger_2")]
    [InlineData("blue-green")]
    public void Alias_WhenValid_ReturnsIt(string alias) => Assert.Equal(alias, RegistryNames.Alias(alias));

    [Theory]
    [InlineData("latest")]
    [InlineData("LATEST")]
    [InlineData("v3")]
    [InlineData("V12")]
    [InlineData("has space")]
    [InlineData("")]
    public void Alias_WhenReservedOrMalformed_Throws(string alias) =>
        Assert.Equal(ErrorCode.InvalidParameter, Assert.Throws<OspreyException>(() => RegistryNames.Alias(alias)).Code);

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("three")]
    public void Version_WhenNotPositiveInteger_Throws(string text) =>
        Assert.Throws<OspreyException>(() => RegistryNames.Version(text));
}
