using Xunit;
using Osprey.Core;
using Osprey.Core.Tracking;

namespace Osprey.Core.Tests.Tracking;

public sealed class EntityValidatorTests
{
    [Theory]
    [InlineData("f1")]
    [InlineData("val/loss")]
    [InlineData("lr-max.v2 final")]
    public void Key_WhenValid_DoesNotThrow(string key) => EntityValidator.Key(key, "key");

    [Theory]
    [InlineData("", "Missing value")]
    [InlineData("a$b", "may only contain")]
    [InlineData("/abs", "may not start with '/'")]
    [InlineData("a/../b", "'..'")]
    [InlineData("a//b", "empty segments")]
    public void Key_WhenInvalid_ThrowsInvalidParameterNamingTheKey(string key, string expected)
    {
        var error = Assert.Throws<OspreyException>(() => EntityValidator.Key(key, "metrics[3].key"));
        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("metrics[3].key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_WhenLongerThan250_Throws()
    {
        var error = Assert.Throws<OspreyException>(() => EntityValidator.Key(new string('k', 251), "key"));
        Assert.Contains("limit is 250", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("churn/model")]
    [InlineData("churn@prod")]
    [InlineData("models:x")]
    [InlineData(" ")]
    public void ModelName_WhenItWouldBreakModelUris_Throws(string name) =>
        Assert.Equal(ErrorCode.InvalidParameter, Assert.Throws<OspreyException>(() => EntityValidator.ModelName(name)).Code);

    [Fact]
    public void ModelName_WithSpacesDotsAndDashes_IsAccepted() =>
        Assert.Equal("churn model-v2.1", EntityValidator.ModelName("churn model-v2.1"));
}
