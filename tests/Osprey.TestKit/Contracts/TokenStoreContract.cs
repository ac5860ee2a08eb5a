using Osprey.Core;
using Osprey.Core.Security;
using Xunit;

namespace Osprey.TestKit.Contracts;

/// <summary>The behaviour every <see cref="ITokenStore"/> must show.</summary>
public abstract class TokenStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Create_ThenFindByHashAndList_ReturnsTheToken()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("token");
        var hash = Unique("hash");

        await stores.Tokens.CreateAsync(name, hash, T0, None);
        var found = await stores.Tokens.FindByHashAsync(hash, None);
        var listed = await stores.Tokens.ListAsync(None);

        Assert.Equal(new ApiToken(name, hash, T0, null), found);
        Assert.Contains(new ApiToken(name, hash, T0, null), listed);
        Assert.Null(await stores.Tokens.FindByHashAsync(Unique("other"), None));
    }

    [Fact]
    public async Task Create_TakenName_ThrowsAlreadyExists()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("token");
        await stores.Tokens.CreateAsync(name, Unique("hash"), T0, None);

        var failure = await AssertFailsAsync(ErrorCode.AlreadyExists, () => stores.Tokens.CreateAsync(name, Unique("hash"), T0, None));
        Assert.Contains(name, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_ExistingThenAgain_RemovesThenThrowsNotFound()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("token");
        var hash = Unique("hash");
        await stores.Tokens.CreateAsync(name, hash, T0, None);

        await stores.Tokens.RevokeAsync(name, None);

        Assert.Null(await stores.Tokens.FindByHashAsync(hash, None));
        Assert.DoesNotContain(await stores.Tokens.ListAsync(None), t => t.Name == name);
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Tokens.RevokeAsync(name, None));
    }

    [Fact]
    public async Task List_SeveralTokens_AreOrderedByName()
    {
        var stores = await OpenStoresAsync();
        var prefix = Unique("list");
        await stores.Tokens.CreateAsync(prefix + "-b", Unique("hash"), T0, None);
        await stores.Tokens.CreateAsync(prefix + "-a", Unique("hash"), T0, None);

        var names = (await stores.Tokens.ListAsync(None)).Select(t => t.Name).Where(n => n.StartsWith(prefix, StringComparison.Ordinal));

        Assert.Equal([prefix + "-a", prefix + "-b"], names);
    }
}
