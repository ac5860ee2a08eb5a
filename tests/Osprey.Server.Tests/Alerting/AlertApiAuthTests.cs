using System.Net;
using Osprey.Core;

namespace Osprey.Server.Tests.Alerting;

/// <summary>The alert API follows the server's token rules: writes need a token when tokens are required; reads may be public.</summary>
public sealed class AlertApiAuthTests
{
    [Fact]
    public async Task Create_TokensRequiredWithoutToken_Answers401AndWithTokenAccepts()
    {
        await using var server = await LiveServer.StartAsync(o => o with { StaticToken = "alert-secret", PublicRead = true });

        using var refused = await server.Client.PostJsonAsync("/api/alerts", """{"message":"No token"}""");
        using var webhook = await server.Client.PostJsonAsync("/api/integrations/alertmanager", """{"version":"4","alerts":[]}""");
        using var list = await server.Client.GetAsync("/api/alerts");
        using var authorized = server.CreateClient("alert-secret");
        using var accepted = await authorized.PostJsonAsync("/api/alerts", """{"message":"With token"}""");

        await refused.ReadErrorAsync(HttpStatusCode.Unauthorized, ApiErrorCodes.Unauthenticated);
        await webhook.ReadErrorAsync(HttpStatusCode.Unauthorized, ApiErrorCodes.Unauthenticated);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }
}
