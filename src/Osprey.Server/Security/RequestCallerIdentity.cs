using Osprey.Core.Security;

namespace Osprey.Server.Security;

/// <summary>Names the caller of the request being served: the name of the token it presented, or "anonymous".</summary>
/// <remarks>The value lives in an <see cref="AsyncLocal{T}"/> set by the authentication middleware, so it follows the request through every await.</remarks>
public sealed class RequestCallerIdentity : ICallerIdentity
{
    /// <summary>The name used when a request presents no token.</summary>
    public const string Anonymous = "anonymous";

    private readonly AsyncLocal<string?> _current = new();

    /// <inheritdoc/>
    public string Name => _current.Value ?? Anonymous;

    /// <summary>Sets the caller for the rest of the current request.</summary>
    public void Set(string? name) => _current.Value = name;
}
