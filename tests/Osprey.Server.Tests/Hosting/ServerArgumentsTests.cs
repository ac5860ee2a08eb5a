using Osprey.Core;
using Osprey.Server.Hosting;

namespace Osprey.Server.Tests.Hosting;

public sealed class ServerArgumentsTests
{
    [Fact]
    public void Parse_AllOptions_SetsThem()
    {
        var home = Path.Combine(Path.GetTempPath(), "osprey-args-home");

        var options = ServerArguments.Parse(["--home", home, "--urls", "http://0.0.0.0:8080", "--public-read", "--require-token"]);

        Assert.Equal(home, options.Workspace.Home);
        Assert.Equal("http://0.0.0.0:8080", options.Urls);
        Assert.True(options.PublicRead);
        Assert.True(options.RequireToken);
    }

    [Fact]
    public void Parse_NoOptions_ListensOnLoopbackPort5000()
    {
        var options = ServerArguments.Parse(["--home", Path.GetTempPath()]);

        Assert.Equal(ServerOptions.DefaultUrls, options.Urls);
        Assert.False(options.PublicRead);
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--home")]
    public void Parse_UnknownOrIncompleteOption_ThrowsInvalidParameter(string arg)
    {
        var error = Assert.Throws<OspreyException>(() => ServerArguments.Parse([arg]));

        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
        Assert.Contains(arg, error.Message);
    }
}
