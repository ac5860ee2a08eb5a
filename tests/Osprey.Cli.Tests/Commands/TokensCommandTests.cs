using Osprey.TestKit;

namespace Osprey.Cli.Tests.Commands;

public sealed class TokensCommandTests
{
    [Fact]
    public async Task CreateListRevoke_TokenLifecycle_ShowsPlaintextOnceAndForgetsIt()
    {
        using var cli = new CliRunner();
        var name = Some.Name("token");

        var created = (await cli.SucceedAsync("tokens", "create", name, "--json")).Json();
        var listed = await cli.SucceedAsync("tokens", "list");
        await cli.SucceedAsync("tokens", "revoke", name);
        var afterRevoke = (await cli.SucceedAsync("tokens", "list", "--json")).Json();
        var revokeAgain = await cli.RunAsync("tokens", "revoke", name);

        var token = created.GetProperty("token").GetString()!;
        Assert.StartsWith("osp_", token, StringComparison.Ordinal);
        Assert.Contains(name, listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(token, listed.Output, StringComparison.Ordinal);
        Assert.Equal(0, afterRevoke.GetProperty("tokens").GetArrayLength());
        Assert.Equal(ExitCodes.NotFound, revokeAgain.ExitCode);
    }

    [Fact]
    public async Task Create_AgainstAServer_ExitsFourPointingToTheServersWorkspace()
    {
        using var cli = new CliRunner { Server = "http://127.0.0.1:9" };

        var result = await cli.RunAsync("tokens", "create", Some.Name("token"));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("without --server", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
