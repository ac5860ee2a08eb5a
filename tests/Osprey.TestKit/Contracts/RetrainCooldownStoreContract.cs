using Xunit;

namespace Osprey.TestKit.Contracts;

/// <summary>The behaviour every <see cref="Osprey.Core.Monitoring.Triggers.IRetrainCooldownStore"/> must show.</summary>
public abstract class RetrainCooldownStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private const long Hour = 3_600_000;

    [Fact]
    public async Task TryClaim_FirstThenWithinThenAfterCooldown_GrantsHoldsGrants()
    {
        var cooldowns = (await OpenStoresAsync()).RetrainCooldowns;
        var monitor = Unique("monitor");

        var first = await cooldowns.TryClaimAsync(monitor, "retrain", T0, 24 * Hour, "f1 low", None);
        var held = await cooldowns.TryClaimAsync(monitor, "retrain", T0 + 23 * Hour, 24 * Hour, "f1 still low", None);
        var again = await cooldowns.TryClaimAsync(monitor, "retrain", T0 + 24 * Hour, 24 * Hour, "f1 low again", None);

        Assert.True(first.Claimed);
        Assert.False(held.Claimed);
        Assert.Equal(T0, held.FiredAt);
        Assert.Equal("f1 low", held.Reason);
        Assert.True(again.Claimed);
        Assert.Equal(T0 + 24 * Hour, again.FiredAt);
    }

    [Fact]
    public async Task TryClaim_OtherPipelineOrMonitor_IsIndependent()
    {
        var cooldowns = (await OpenStoresAsync()).RetrainCooldowns;
        var monitor = Unique("monitor");
        await cooldowns.TryClaimAsync(monitor, "a", T0, Hour, "r", None);

        Assert.True((await cooldowns.TryClaimAsync(monitor, "b", T0, Hour, "r", None)).Claimed);
        Assert.True((await cooldowns.TryClaimAsync(Unique("monitor"), "a", T0, Hour, "r", None)).Claimed);
    }

    [Fact]
    public async Task RecordRunThenRelease_ClaimedPair_KeepsRunThenFreesThePair()
    {
        var cooldowns = (await OpenStoresAsync()).RetrainCooldowns;
        var monitor = Unique("monitor");
        await cooldowns.TryClaimAsync(monitor, "p", T0, Hour, "r", None);

        await cooldowns.RecordRunAsync(monitor, "p", T0, "run-1", None);
        Assert.Equal("run-1", (await cooldowns.GetAsync(monitor, "p", None))?.RunId);

        await cooldowns.ReleaseAsync(monitor, "p", T0, None);
        Assert.Null(await cooldowns.GetAsync(monitor, "p", None));
        Assert.True((await cooldowns.TryClaimAsync(monitor, "p", T0 + 1, Hour, "r", None)).Claimed);
    }
}
