using Osprey.Cli.Connections;
using Osprey.Core.Learning.Jobs;

namespace Osprey.Cli.Learning;

/// <summary>Hands a connection's services (local workspace or server) to the learning jobs.</summary>
internal static class LearningConnection
{
    /// <summary>Returns the services the learning jobs call, over the same connection every other command uses.</summary>
    public static JobServices Services(Connection connection) => new(
        connection.Experiments, connection.Runs, connection.RunArtifacts, connection.Models, connection.Versions, connection.Aliases);
}
