namespace Osprey.Core.Security;

/// <summary>Persists hashed API tokens.</summary>
public interface ITokenStore
{
    /// <summary>Stores a token hash under a unique name; throws <see cref="ErrorCode.AlreadyExists"/> for a taken name.</summary>
    Task CreateAsync(string name, string hash, long now, CancellationToken ct);

    /// <summary>Finds a token by hash, or null.</summary>
    Task<ApiToken?> FindByHashAsync(string hash, CancellationToken ct);

    Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken ct);

    /// <summary>Deletes a token; throws <see cref="ErrorCode.NotFound"/> when absent.</summary>
    Task RevokeAsync(string name, CancellationToken ct);
}
