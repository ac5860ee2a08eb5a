using Osprey.Core.Registry;
using Osprey.Core.Tracking.Search;
using Xunit;

namespace Osprey.Core.Tests.Tracking.Search;

public sealed class ParseResultExtensionsTests
{
    [Fact]
    public void ValueOrThrow_Failure_ThrowsInvalidParameterNamingTextAndColumn()
    {
        var error = Assert.Throws<OspreyException>(() => FilterParser.Parse("metrics.f1 >", SearchFieldSet.Runs).ValueOrThrow("filter", "metrics.f1 >"));

        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
        Assert.Equal("Invalid filter 'metrics.f1 >': at column 13: expected a value after '>' but found end of filter", error.Message);
    }

    [Fact]
    public void ValueOrThrow_Success_ReturnsTheValue()
    {
        var uri = ModelUri.Parse("churn@champion").ValueOrThrow("model URI", "churn@champion");

        Assert.Equal("champion", uri?.Alias);
    }
}
