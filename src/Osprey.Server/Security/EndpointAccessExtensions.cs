using Microsoft.AspNetCore.Builder;

namespace Osprey.Server.Security;

/// <summary>Marks endpoints as read-only or open; unmarked endpoints are writes and need a token whenever tokens are required.</summary>
public static class EndpointAccessExtensions
{
    /// <summary>Marks a read-only endpoint (open to everyone when public reads are allowed).</summary>
    public static TBuilder AllowsPublicRead<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(EndpointAccess.Read);

    /// <summary>Marks an endpoint that never needs a token.</summary>
    public static TBuilder AlwaysOpen<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(EndpointAccess.Open);
}
