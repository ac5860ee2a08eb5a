using System.Security.Cryptography;
using System.Text;

namespace Osprey.Core.Security;

/// <summary>Issues, verifies, lists and revokes API tokens; only SHA-256 hashes are ever stored.</summary>
public sealed class ApiTokenService(ITokenStore store, TimeProvider clock)
{
    /// <summary>The prefix that marks a string as an Osprey token.</summary>
    public const string Prefix = "osp_";

    /// <summary>Creates a token and returns its plaintext, which cannot be recovered later.</summary>
    public async Task<string> CreateAsync(string name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100 || name.Any(char.IsControl))
        {
            throw OspreyException.Invalid("A token name must be 1 to 100 printable characters.");
        }
        var token = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await store.CreateAsync(name, Hash(token), clock.GetUtcNow().ToUnixTimeMilliseconds(), ct);
        return token;
    }

    /// <summary>Returns the token's record when the plaintext matches a stored token, otherwise null.</summary>
    public Task<ApiToken?> VerifyAsync(string? token, CancellationToken ct) =>
        string.IsNullOrEmpty(token) ? Task.FromResult<ApiToken?>(null) : store.FindByHashAsync(Hash(token), ct);

    /// <summary>Lists the stored tokens (names and times, never plaintext).</summary>
    public Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken ct) => store.ListAsync(ct);

    /// <summary>Revokes a token by name.</summary>
    public Task RevokeAsync(string name, CancellationToken ct) => store.RevokeAsync(name, ct);

    /// <summary>Gets the hex SHA-256 of a token, the form in which it is stored.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
