namespace Osprey.Core.Security;

/// <summary>Names who is making the current call, for run ownership and the registry's history.</summary>
public interface ICallerIdentity
{
    /// <summary>Gets the caller's name: a token name on the server, the OS user in the CLI.</summary>
    string Name { get; }
}
