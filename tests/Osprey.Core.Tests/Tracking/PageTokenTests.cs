using Xunit;
using Osprey.Core;
using Osprey.Core.Tracking;

namespace Osprey.Core.Tests.Tracking;

public sealed class PageTokenTests
{
    [Fact]
    public void Decode_OfEncode_ReturnsTheOffset() => Assert.Equal(1234, PageToken.Decode(PageToken.Encode(1234)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Decode_WhenAbsent_ReturnsZero(string? token) => Assert.Equal(0, PageToken.Decode(token));

    [Theory]
    [InlineData("not base64!")]
    [InlineData("aGVsbG8=")]
    public void Decode_WhenForeign_ThrowsInvalidParameter(string token) =>
        Assert.Equal(ErrorCode.InvalidParameter, Assert.Throws<OspreyException>(() => PageToken.Decode(token)).Code);

    [Fact]
    public void Paginate_WithOneRowMoreThanThePage_ReturnsANextToken()
    {
        var page = PageToken.Paginate([1, 2, 3], offset: 10, pageSize: 2);
        Assert.Equal([1, 2], page.Items);
        Assert.Equal(12, PageToken.Decode(page.NextPageToken));
    }

    [Fact]
    public void Paginate_OnTheLastPage_ReturnsNoToken() => Assert.Null(PageToken.Paginate([1, 2], 0, 2).NextPageToken);

    [Theory]
    [InlineData(0)]
    [InlineData(50_001)]
    public void Size_OutOfRange_Throws(int size) =>
        Assert.Contains("between 1 and 50000", Assert.Throws<OspreyException>(() => PageToken.Size(size, 1000, 50_000)).Message, StringComparison.Ordinal);
}
