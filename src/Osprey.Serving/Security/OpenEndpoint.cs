namespace Osprey.Serving.Security;

/// <summary>Endpoint metadata marking an endpoint that never needs a token: probes and the Prometheus scrape.</summary>
public sealed class OpenEndpoint
{
    private OpenEndpoint()
    {
    }

    /// <summary>Gets the marker.</summary>
    public static OpenEndpoint Instance { get; } = new();
}
