namespace Osprey.Core;

/// <summary>Where a workspace lives: <c>OSPREY_HOME</c> (default <c>./.osprey</c>) holding <c>osprey.db</c>, <c>artifacts/</c> and <c>prediction-log/</c>.</summary>
public sealed record WorkspaceOptions(string Home)
{
    /// <summary>Gets the SQLite database file.</summary>
    public string DatabasePath => Path.Combine(Home, "osprey.db");

    /// <summary>Gets the artifact root folder.</summary>
    public string ArtifactsPath => Path.Combine(Home, "artifacts");

    /// <summary>Reads <c>OSPREY_HOME</c>, falling back to <c>./.osprey</c>, as a full path.</summary>
    public static WorkspaceOptions FromEnvironment(string? explicitHome = null)
    {
        var home = explicitHome ?? Environment.GetEnvironmentVariable("OSPREY_HOME");
        return new WorkspaceOptions(Path.GetFullPath(string.IsNullOrWhiteSpace(home) ? ".osprey" : home));
    }
}
