using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Osprey.Core.Security;

/// <summary>Checks presented bearer tokens against the static <c>OSPREY_TOKEN</c> and the workspace's stored tokens, returning the caller's name.</summary>
/// <remarks>
/// The one token check of both <c>osprey server</c> and <c>osprey serve</c>. Verified stored tokens are remembered (by hash) for
/// <see cref="CacheLifetime"/>, so a hot path does not read the database per request; a revoked token therefore stops working within that time.
/// </remarks>
/// <param name="tokens">The workspace's stored tokens, or null when only the static token is accepted.</param>
public sealed class TokenVerifier(ApiTokenService? tokens, string? staticToken, TimeProvider clock)
{
    /// <summary>The caller name of requests presenting the static token.</summary>
    public const string StaticTokenName = "osprey-token";

    /// <summary>How long a verified stored token is trusted without asking the store again.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);

    private readonly byte[]? _staticToken = staticToken is null ? null : Encoding.UTF8.GetBytes(staticToken);
    private readonly ConcurrentDictionary<string, (string Name, long ExpiresAt)> _verified = new(StringComparer.Ordinal);

    /// <summary>Returns the caller's name for a valid token, or null for an unknown one.</summary>
    public async ValueTask<string?> AuthenticateAsync(string presented, CancellationToken ct)
    {
        if (_staticToken is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _staticToken))
        {
            return StaticTokenName;
        }
        if (tokens is null)
        {
            return null;
        }
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
        var now = clock.GetTimestamp();
        if (_verified.TryGetValue(key, out var hit) && hit.ExpiresAt > now)
        {
            return hit.Name;
        }
        var token = await tokens.VerifyAsync(presented, ct).ConfigureAwait(false);
        if (token is null)
        {
            _verified.TryRemove(key, out _);
            return null;
        }
        _verified[key] = (token.Name, now + (long)(CacheLifetime.TotalSeconds * clock.TimestampFrequency));
        return token.Name;
    }
}
