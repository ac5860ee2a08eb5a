using Xunit;
using Osprey.Core;
using Osprey.Core.Artifacts;

namespace Osprey.Core.Tests.Artifacts;

public sealed class ArtifactPathTests
{
    [Theory]
    [InlineData("model/model.json", "model/model.json")]
    [InlineData("./a//b/", "a/b")]
    [InlineData("", "")]
    public void Normalize_CleansRelativePaths(string path, string expected) => Assert.Equal(expected, ArtifactPath.Normalize(path));

    [Theory]
    [InlineData("../secret")]
    [InlineData("a/../../b")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\windows")]
    [InlineData("C:/x")]
    [InlineData("a\0b")]
    public void Normalize_WhenEscapingTheRoot_ThrowsInvalidParameter(string path) =>
        Assert.Equal(ErrorCode.InvalidParameter, Assert.Throws<OspreyException>(() => ArtifactPath.Normalize(path)).Code);

    [Fact]
    public void ToPath_OfFromPath_RoundTrips() => Assert.Equal("0/abc/artifacts", ArtifactUri.ToPath(ArtifactUri.FromPath("0/abc/artifacts")));

    [Fact]
    public void ToPath_OfForeignScheme_Throws() => Assert.Throws<OspreyException>(() => ArtifactUri.ToPath("s3://bucket/x"));
}
