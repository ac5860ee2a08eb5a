using Osprey.Core.Alerting.Notifications;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Notifications;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Sign_KnownBodyAndSecret_MatchesAnIndependentHmac()
    {
        var body = "{\"a\":1}"u8.ToArray();
        var expected = "sha256=" + Convert.ToHexStringLower(new System.Security.Cryptography.HMACSHA256("s3cret"u8.ToArray()).ComputeHash(body));

        Assert.Equal(expected, WebhookSignature.Sign(body, "s3cret"));
        Assert.True(WebhookSignature.Verify(body, "s3cret", expected));
        Assert.False(WebhookSignature.Verify(body, "other", expected));
    }
}
