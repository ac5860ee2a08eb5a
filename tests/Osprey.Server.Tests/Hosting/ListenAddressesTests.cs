using Osprey.Core.Security;

namespace Osprey.Server.Tests.Hosting;

public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("http://127.0.0.2:0;http://localhost:8080")]
    public void AreLoopbackOnly_LoopbackAddresses_ReturnsTrue(string urls) => Assert.True(ListenAddresses.AreLoopbackOnly(urls));

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://+:5000")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://192.168.1.10:5000")]
    [InlineData("http://osprey.example.com:5000")]
    [InlineData("http://127.0.0.1:5000;http://0.0.0.0:5001")]
    [InlineData("")]
    public void AreLoopbackOnly_ReachableOrEmpty_ReturnsFalse(string urls) => Assert.False(ListenAddresses.AreLoopbackOnly(urls));
}
