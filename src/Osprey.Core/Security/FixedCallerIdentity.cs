namespace Osprey.Core.Security;

/// <summary>A caller identity that never changes, such as the OS user running the CLI.</summary>
public sealed class FixedCallerIdentity(string name) : ICallerIdentity
{
    /// <inheritdoc/>
    public string Name { get; } = name;
}
