using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Osprey.Core.Security;

namespace Osprey.Serving.Security;

/// <summary>Checks bearer tokens as the Osprey server does: the static <c>OSPREY_TOKEN</c>, else the workspace's stored tokens, remembered for a while.</summary>
/// <remarks>A verified stored token is trusted for <see cref="CacheLifetime"/> without asking the store, so the request path does not touch the database.</remarks>
public sealed class ServingTokens(ApiTokenService? tokens, string? staticToken, TimeProvider clock)
{
    /// <summary>How long a verified stored token is trusted without asking the store again.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);

    private readonly byte[]? _static = staticToken is null ? null : Encoding.UTF8.GetBytes(staticToken);
    private readonly ConcurrentDictionary<string, long> _verified = new(StringComparer.Ordinal);

    /// <summary>Returns whether a presented token is valid.</summary>
    public async ValueTask<bool> IsValidAsync(string presented, CancellationToken ct)
    {
        if (_static is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _static))
        {
            return true;
        }
        if (tokens is null)
        {
            return false;
        }
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
        var now = clock.GetTimestamp();
        if (_verified.TryGetValue(key, out var expires) && expires > now)
        {
            return true;
        }
        if (await tokens.VerifyAsync(presented, ct) is null)
        {
            _verified.TryRemove(key, out _);
            return false;
        }
        _verified[key] = now + (long)(CacheLifetime.TotalSeconds * clock.TimestampFrequency);
        return true;
    }
}
