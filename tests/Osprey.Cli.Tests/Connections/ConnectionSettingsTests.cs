using Osprey.Cli.Connections;

namespace Osprey.Cli.Tests.Connections;

public sealed class ConnectionSettingsTests
{
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["OSPREY_HOME"] = "/srv/osprey-env",
        ["OSPREY_SERVER"] = "http://env:5000",
        ["OSPREY_TOKEN"] = "env-token",
    };

    [Fact]
    public void Resolve_OptionsGiven_WinOverTheEnvironment()
    {
        var settings = ConnectionSettings.Resolve("/srv/osprey-option", "http://option:5000", "option-token", Environment.GetValueOrDefault);

        Assert.Equal(new ConnectionSettings("/srv/osprey-option", "http://option:5000", "option-token"), settings);
    }

    [Fact]
    public void Resolve_NoOptions_TakesTheEnvironment()
    {
        var settings = ConnectionSettings.Resolve(null, null, null, Environment.GetValueOrDefault);

        Assert.Equal(new ConnectionSettings("/srv/osprey-env", "http://env:5000", "env-token"), settings);
        Assert.True(settings.IsRemote);
    }

    [Fact]
    public void Resolve_NothingSet_IsLocalDotOspreyInTheCurrentFolder()
    {
        var settings = ConnectionSettings.Resolve(null, null, null, _ => null);

        Assert.Equal(Path.GetFullPath(".osprey"), settings.Home);
        Assert.False(settings.IsRemote);
        Assert.Null(settings.Token);
    }
}
