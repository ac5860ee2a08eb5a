using Osprey.Storage.Sqlite.Search;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests.Search;

public sealed class LikePatternsTests
{
    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("a%c_", "a*c?")]
    [InlineData("x*y?z[1]", "x[*]y[?]z[[]1]")]
    [InlineData("", "")]
    public void ToGlob_LikePattern_KeepsMeaningWithGlobSyntax(string like, string glob) =>
        Assert.Equal(glob, LikePatterns.ToGlob(like));
}
